// Keystone user management (issue 13, Users) against the real test bed: the identity API
// (create, disable, enable, reset — signing in with the new password —, delete), the capability
// of an admin and of a member, phoenixctl users end to end (passwords file 0600, no password in
// any output, audited without passwords), and the Users view (offscreen) with and without the
// permission. Every user a test makes starts with a unique prefix and is deleted at the end.
#include "ctlprocess.h"
#include "testenv.h"

#include "cloud/identityapi.h"
#include "cloud/restclient.h"
#include "models/items/recordtablemodel.h"
#include "models/lessons/rosteraccounts.h"
#include "models/session/cloudconnection.h"
#include "models/settings/translation.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/engine/inventory.h"
#include "ui/usersview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMutex>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// Every log message of this process (the HTTP trace is on: see CMakeLists), scanned for passwords.
QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += qFormatLogMessage(type, context, message) + QLatin1Char('\n');
    }
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, context, message);
}

QString capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

template<typename T>
Result<T> await(const std::function<void(QObject *, ApiCallback<T>)> &start)
{
    QObject context;
    std::optional<Result<T>> out;
    bool done = false;
    start(&context, [&](Result<T> r) {
        out.emplace(std::move(r));
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 60000))
        return CloudError::timeout(QStringLiteral("no answer in 60 s"));
    return std::move(*out);
}

UserAdminCapability capabilityOf(RestClient *client)
{
    UserAdminCapability out;
    bool done = false;
    QObject context;
    IdentityApi(client).checkCapability(&context, [&](UserAdminCapability c) {
        out = c;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 60000))
        out.error = CloudError::timeout(QStringLiteral("no answer"));
    return out;
}

QString filePasswords(const QString &path, QHash<QString, QString> *byUser)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.value(0) != QLatin1String("user,password,course"))
        return QStringLiteral("header: ") + lines.value(0);
    for (const QString &l : lines.mid(1)) {
        const QStringList fields = l.split(QLatin1Char(','));
        byUser->insert(fields.value(0), fields.value(1));
    }
    return {};
}
} // namespace

class TestUsersLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminMayManageUsers();
    void memberIsNotAllowed();
    void createDisableEnableResetDelete();
    void phoenixctlEndToEnd();
    void viewCreatesDisablesResets();
    void viewWithoutPermission();
    void screenshot(); // only with PHOENIX_SCREENSHOT_DIR (docs/screenshots; PHOENIX_SCREENSHOT_LANG)

private:
    CloudError signIn(const QString &user, const QString &password) const;
    QHash<QString, KeystoneUser> usersNow(RestClient *client, const UserAdminCapability &c);

    CloudConfig m_admin;
    CloudConfig m_member;
    QString m_prefix;
    std::shared_ptr<CloudSession> m_session;
    RestClient *m_client = nullptr;
    UserAdminCapability m_capability;
};

void TestUsersLab::initTestCase()
{
    g_previous = qInstallMessageHandler(capture);
    REQUIRE_LAB_CLOUD("lab-admin", m_admin);
    REQUIRE_LAB_CLOUD("lab-teacher", m_member);
    m_prefix = QStringLiteral("phx-u%1-").arg(QRandomGenerator::global()->bounded(100000, 999999));
    m_session = std::make_shared<CloudSession>(m_admin);
    m_client = new RestClient(m_session, nullptr, this);
    m_capability = capabilityOf(m_client);
    QVERIFY2(m_capability.canManage(), qPrintable(m_capability.text()));
}

void TestUsersLab::cleanupTestCase()
{
    if (!m_client || !m_capability.canList())
        return;
    const Result<KeystoneUserList> all = await<KeystoneUserList>([this](QObject *ctx, ApiCallback<KeystoneUserList> cb) {
        IdentityApi(m_client).listUsers(m_capability.domainId, QString(), ctx, cb);
    });
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    int deleted = 0;
    for (const KeystoneUser &u : all.value().users) {
        if (!u.name.startsWith(m_prefix))
            continue;
        const Result<QString> r = await<QString>([this, &u](QObject *ctx, ApiCallback<QString> cb) {
            IdentityApi(m_client).deleteUser(u.id, ctx, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        ++deleted;
    }
    qInfo("deleted %d test user(s)", deleted);
}

CloudError TestUsersLab::signIn(const QString &user, const QString &password) const
{
    CloudConfig c = m_admin;
    c.username = user;
    c.password = password;
    auto session = std::make_shared<CloudSession>(c);
    auto *client = new RestClient(session); // deleted from the event loop, after whatever it still has queued
    ApiReply *reply = client->send(ApiRequest::get(QStringLiteral("identity"), QStringLiteral("/auth/projects")));
    QSignalSpy done(reply, &ApiReply::finished);
    const CloudError error = done.wait(30000) ? reply->error() : CloudError::timeout(QStringLiteral("sign-in timed out"));
    client->deleteLater();
    return error;
}

QHash<QString, KeystoneUser> TestUsersLab::usersNow(RestClient *client, const UserAdminCapability &c)
{
    UserOperations ops(client, c);
    QSignalSpy looked(&ops, &UserOperations::lookedUp);
    QSignalSpy failed(&ops, &UserOperations::lookupFailed);
    ops.lookup({});
    if (!QTest::qWaitFor([&] { return !looked.isEmpty() || !failed.isEmpty(); }, 60000) || looked.isEmpty())
        return {};
    return looked.first().first().value<QHash<QString, KeystoneUser>>();
}

void TestUsersLab::adminMayManageUsers()
{
    QCOMPARE(m_capability.level, UserAdminCapability::Level::Allowed);
    QVERIFY(!m_capability.domainId.isEmpty());
    QCOMPARE(m_capability.projectId, m_session->auth().projectId);
    QCOMPARE(m_capability.key(), QStringLiteral("allowed"));
}

void TestUsersLab::memberIsNotAllowed()
{
    auto session = std::make_shared<CloudSession>(m_member);
    RestClient client(session);
    const UserAdminCapability c = capabilityOf(&client);
    QCOMPARE(c.level, UserAdminCapability::Level::NotAllowed);
    QCOMPARE(c.error.httpStatus(), 403);
    QVERIFY(!c.error.requestId().isEmpty());
    QVERIFY2(c.text().contains(QLatin1String("may not manage users")) && c.text().contains(c.error.requestId()),
             qPrintable(c.text()));
    QVERIFY(!c.canList());
}

void TestUsersLab::createDisableEnableResetDelete()
{
    const QString a = m_prefix + QStringLiteral("api1");
    const QString b = m_prefix + QStringLiteral("api2");
    QList<AuditEntry> audited;
    UserOperations ops(m_client, m_capability);
    ops.setAuditSink([&audited](const AuditEntry &e) { audited << e; });
    QSignalSpy finished(&ops, &UserOperations::finished);

    // Create two: each gets a strong generated password, its default project and the member role.
    ops.run(UserOperations::Op::Create, {{a, {}, QStringLiteral("C1")}, {b, {}, QStringLiteral("C1")}});
    QVERIFY(finished.wait(60000));
    QList<UserOpResult> results = finished.takeFirst().first().value<QList<UserOpResult>>();
    QCOMPARE(results.size(), 2);
    QHash<QString, QString> passwords;
    for (const UserOpResult &r : results) {
        QVERIFY2(r.ok, qPrintable(r.error.detail()));
        QVERIFY(r.password.size() >= 16);
        QVERIFY(!r.requestId.isEmpty());
        passwords.insert(r.name, r.password);
    }
    QHash<QString, KeystoneUser> users = usersNow(m_client, m_capability);
    QVERIFY(users.contains(a) && users.contains(b));
    QVERIFY(users.value(a).enabled);
    QCOMPARE(users.value(a).defaultProjectId, m_capability.projectId);
    QVERIFY2(!signIn(a, passwords.value(a)), "the new account signs in with its generated password");

    // Creating an existing one again is a clear failure, not a second account.
    ops.run(UserOperations::Op::Create, {{a, {}, QString()}});
    QVERIFY(finished.wait(60000));
    results = finished.takeFirst().first().value<QList<UserOpResult>>();
    QVERIFY(!results.first().ok);
    QVERIFY2(results.first().error.userMessage().contains(QLatin1String("exists already")), qPrintable(results.first().error.userMessage()));

    // Disable: the account cannot sign in; enable: it can again.
    ops.run(UserOperations::Op::Disable, {{a, {}, QString()}});
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.takeFirst().first().value<QList<UserOpResult>>().first().ok);
    QVERIFY(!usersNow(m_client, m_capability).value(a).enabled);
    QCOMPARE(signIn(a, passwords.value(a)).httpStatus(), 401);
    ops.run(UserOperations::Op::Enable, {{a, {}, QString()}});
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.takeFirst().first().value<QList<UserOpResult>>().first().ok);
    QVERIFY(usersNow(m_client, m_capability).value(a).enabled);
    // Keystone's revocation events have one-second granularity: a token issued in the second of the
    // disable is still refused, so the enabled account signs in again once that second has passed.
    QTRY_VERIFY_WITH_TIMEOUT(!signIn(a, passwords.value(a)), 15000);

    // Reset: the new password signs in, the old one no longer does.
    ops.run(UserOperations::Op::ResetPassword, {{a, {}, QString()}});
    QVERIFY(finished.wait(60000));
    results = finished.takeFirst().first().value<QList<UserOpResult>>();
    QVERIFY2(results.first().ok, qPrintable(results.first().error.detail()));
    const QString fresh = results.first().password;
    QVERIFY(!fresh.isEmpty() && fresh != passwords.value(a));
    QTRY_VERIFY2_WITH_TIMEOUT(!signIn(a, fresh), "signs in with the reset password", 15000); // same second rule
    QCOMPARE(signIn(a, passwords.value(a)).httpStatus(), 401);

    // Unknown names are named in the error.
    ops.run(UserOperations::Op::Disable, {{m_prefix + QStringLiteral("nobody"), {}, QString()}});
    QVERIFY(finished.wait(60000));
    results = finished.takeFirst().first().value<QList<UserOpResult>>();
    QVERIFY(!results.first().ok);
    QVERIFY(results.first().error.userMessage().contains(QLatin1String("nobody")));

    // Delete both.
    ops.run(UserOperations::Op::Delete, {{a, {}, QString()}, {b, {}, QString()}});
    QVERIFY(finished.wait(60000));
    for (const UserOpResult &r : finished.takeFirst().first().value<QList<UserOpResult>>())
        QVERIFY2(r.ok, qPrintable(r.error.detail()));
    users = usersNow(m_client, m_capability);
    QVERIFY(!users.contains(a) && !users.contains(b));

    // No log line of this process holds a password (the trace of the very requests that sent them is there).
    const QString log = capturedLog();
    QVERIFY2(log.contains(QLatin1String("/v3/users")) && log.contains(QLatin1String("attempt")), "the HTTP trace is on");
    for (const QString &p : {passwords.value(a), passwords.value(b), fresh})
        QVERIFY2(!log.contains(p), "a generated password reached the log");

    // Audited, every change, never a password.
    QVERIFY(audited.size() >= 8);
    for (const AuditEntry &e : std::as_const(audited)) {
        QVERIFY(e.action.startsWith(QLatin1String("user-")));
        for (const QString &p : {passwords.value(a), passwords.value(b), fresh})
            QVERIFY(!e.detail.contains(p) && !e.targetName.contains(p));
    }
}

void TestUsersLab::phoenixctlEndToEnd()
{
    CtlProcess ctl(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-admin"));
    QVERIFY(ctl.isValid());
    QTemporaryDir dir;
    const QString db = ctl.database();
    const QString course = QStringLiteral("U%1").arg(QRandomGenerator::global()->bounded(10000, 99999));
    const QString t = m_prefix + QStringLiteral("ct");
    const QString s1 = m_prefix + QStringLiteral("cs1");
    const QString s2 = m_prefix + QStringLiteral("cs2");
    CtlRun r = ctl.run({QStringLiteral("courses"), QStringLiteral("create"), course, QStringLiteral("--name"), QStringLiteral("Users test"),
                        QStringLiteral("--teacher"), t, QStringLiteral("--image"), QStringLiteral("ubuntu-22.04-desktop"),
                        QStringLiteral("--flavor"), QStringLiteral("desk.tiny"), QStringLiteral("--network"), QStringLiteral("lab-net"),
                        QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    const QString roster = dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile f(roster);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("owner,seat\n%1,1\n%2,2\n").arg(s1, s2).toUtf8());
    }
    r = ctl.run({QStringLiteral("courses"), QStringLiteral("roster"), QStringLiteral("import"), course, roster, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));

    auto states = [&]() {
        QHash<QString, QString> out;
        const CtlRun list = ctl.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--course"), course,
                                     QStringLiteral("--json"), QStringLiteral("--db"), db});
        if (list.exitCode != 0)
            qWarning().noquote() << list.both();
        const QJsonObject o = list.json().object();
        out.insert(QStringLiteral("#capability"), o.value(QLatin1String("capability")).toString());
        for (const QJsonValue &v : o.value(QLatin1String("users")).toArray())
            out.insert(v[QLatin1String("name")].toString(), v[QLatin1String("state")].toString());
        return out;
    };
    QHash<QString, QString> st = states();
    QCOMPARE(st.value(QStringLiteral("#capability")), QStringLiteral("allowed"));
    QCOMPARE(st.value(t), QStringLiteral("missing"));
    QCOMPARE(st.value(s1), QStringLiteral("missing"));
    QCOMPARE(st.value(s2), QStringLiteral("missing"));

    // create-missing with the HTTP trace on: the passwords are in the file only.
    QProcessEnvironment traced = ctl.environment();
    traced.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("phoenix.*.debug=true"));
    const QString pw = dir.filePath(QStringLiteral("passwords.csv"));
    r = ctl.run({QStringLiteral("users"), QStringLiteral("create-missing"), course, QStringLiteral("--passwords-csv"), pw,
                 QStringLiteral("--db"), db},
                traced);
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QVERIFY2(r.err.contains(QLatin1String("phoenix.cloud.http")) || r.err.contains(QLatin1String("POST")),
             "the HTTP trace was on (the scan below means something)");
    QCOMPARE(QFileInfo(pw).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                            | QFileDevice::WriteOther | QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadUser | QFileDevice::WriteUser);
    QHash<QString, QString> passwords;
    QCOMPARE(filePasswords(pw, &passwords), QString());
    QCOMPARE(passwords.size(), 3);
    for (const QString &p : std::as_const(passwords)) {
        QVERIFY(p.size() >= 16);
        QVERIFY2(!r.out.contains(p) && !r.err.contains(p), "a generated password reached the output");
    }
    QVERIFY(!signIn(s1, passwords.value(s1)));
    st = states();
    QCOMPARE(st.value(t), QStringLiteral("exists"));
    QCOMPARE(st.value(s2), QStringLiteral("exists"));

    // Nothing missing: nothing created, no file; an existing file is never overwritten.
    const QString pw2 = dir.filePath(QStringLiteral("again.csv"));
    r = ctl.run({QStringLiteral("users"), QStringLiteral("create-missing"), course, QStringLiteral("--passwords-csv"), pw2,
                 QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("nothing to create")), qPrintable(r.both()));
    QVERIFY(!QFileInfo::exists(pw2));
    r = ctl.run({QStringLiteral("users"), QStringLiteral("reset-password"), s1, QStringLiteral("--passwords-csv"), pw,
                 QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("exists already")), qPrintable(r.both()));
    QVERIFY(!signIn(s1, passwords.value(s1))); // nothing was reset

    // disable / enable / reset-password
    r = ctl.run({QStringLiteral("users"), QStringLiteral("disable"), s1, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(states().value(s1), QStringLiteral("disabled"));
    r = ctl.run({QStringLiteral("users"), QStringLiteral("enable"), s1, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(states().value(s1), QStringLiteral("exists"));
    const QString pw3 = dir.filePath(QStringLiteral("reset.csv"));
    r = ctl.run({QStringLiteral("users"), QStringLiteral("reset-password"), s1, QStringLiteral("--passwords-csv"), pw3,
                 QStringLiteral("--db"), db},
                traced);
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QHash<QString, QString> reset;
    QCOMPARE(filePasswords(pw3, &reset), QString());
    QVERIFY(!reset.value(s1).isEmpty() && reset.value(s1) != passwords.value(s1));
    QVERIFY(!r.out.contains(reset.value(s1)) && !r.err.contains(reset.value(s1)));
    QTRY_VERIFY2_WITH_TIMEOUT(!signIn(s1, reset.value(s1)), "signs in with the password phoenixctl reset", 15000);
    QCOMPARE(signIn(s1, passwords.value(s1)).httpStatus(), 401);

    // Usage: reset-password without a file is refused before anything happens.
    r = ctl.run({QStringLiteral("users"), QStringLiteral("reset-password"), s1, QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);

    // Audited, without passwords.
    {
        Database database;
        QVERIFY(!database.open(QStringLiteral("sqlite:") + db));
        AuditFilter filter;
        const Result<QList<AuditEntry>> entries = AuditLog(&database).query(filter);
        QVERIFY(entries.ok());
        int creates = 0;
        for (const AuditEntry &e : entries.value()) {
            creates += e.action == QLatin1String("user-create") ? 1 : 0;
            for (const QString &p : std::as_const(passwords))
                QVERIFY(!e.detail.contains(p));
            QVERIFY(!e.detail.contains(reset.value(s1)));
        }
        QCOMPARE(creates, 3);
        QVERIFY(std::any_of(entries.value().cbegin(), entries.value().cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("user-reset-password") && e.result == QLatin1String("done") && !e.requestId.isEmpty();
        }));
    }

    // A member: plainly not allowed, exit 1, nothing changed.
    CtlProcess member(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-teacher"));
    r = member.run({QStringLiteral("users"), QStringLiteral("disable"), s2, QStringLiteral("--db"), member.database()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("may not manage users")), qPrintable(r.both()));
    r = member.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), member.database()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(r.json().object().value(QLatin1String("capability")).toString(), QStringLiteral("not-allowed"));
    QCOMPARE(states().value(s2), QStringLiteral("exists"));
}

void TestUsersLab::viewCreatesDisablesResets()
{
    CloudConnection connection(m_admin, nullptr, nullptr);
    UsersView view;
    view.resize(900, 600);
    const QString t = m_prefix + QStringLiteral("gt");
    const QString g1 = m_prefix + QStringLiteral("g1");
    const QString g2 = m_prefix + QStringLiteral("g2");
    Course course;
    course.code = QStringLiteral("GUI-1");
    course.name = QStringLiteral("Users view");
    course.teacher = t;
    RosterBook book;
    book.courses = {course};
    book.rosters.insert(course.code, {{g1, 1}, {g2, 2}});
    view.setRosterLoader([book](const CloudConfig &) -> Result<RosterBook> { return book; });
    QList<AuditEntry> audited; // the view audits through its AuditLog; here its sink is the log of a temp DB
    QTemporaryDir dir;
    Database database;
    QVERIFY(!database.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("audit.sqlite"))));
    AuditLog log(&database);
    view.setAuditLog(&log);
    QSignalSpy changed(&view, &UsersView::accountsChanged);
    view.setConnection(&connection);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.capability().level != UserAdminCapability::Level::Unknown && !changed.isEmpty(), 60000);
    QCOMPARE(view.capability().level, UserAdminCapability::Level::Allowed);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 3, 10000);
    for (const RosterAccount &a : view.accounts())
        QCOMPARE(a.state, AccountState::Missing);
    QVERIFY(view.createMissingButton()->isEnabled());
    QVERIFY(view.createMissingButton()->text().contains(QLatin1Char('3')));
    QVERIFY(!view.disableButton()->isEnabled()); // nothing selected

    // Create the missing ones: asks, runs without blocking, shows the passwords once.
    QSignalSpy finished(&view, &UsersView::operationFinished);
    view.createMissingButton()->click();
    auto *box = qobject_cast<QMessageBox *>(view.lastDialog());
    QVERIFY(box);
    box->accept();
    QVERIFY(view.isBusy());
    QVERIFY(!view.createMissingButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    UsersPasswordsDialog *dialog = view.passwordsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 3);
    const QString shown = dialog->shownText();
    const QString file = dir.filePath(QStringLiteral("pw.csv"));
    QCOMPARE(dialog->saveTo(file), QString());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->saveTo(dir.filePath(QStringLiteral("again.csv"))).isEmpty()); // once
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("again.csv"))));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QHash<QString, QString> passwords;
    QCOMPARE(filePasswords(file, &passwords), QString());
    QCOMPARE(passwords.size(), 3);
    QVERIFY(shown.contains(passwords.value(g1)));
    QVERIFY(!signIn(g1, passwords.value(g1)));
    dialog->close();
    QTRY_VERIFY(!view.passwordsDialog());
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(view.accounts().cbegin(), view.accounts().cend(),
                                         [](const RosterAccount &a) { return a.state == AccountState::Exists; }),
                             30000);
    QVERIFY(!view.createMissingButton()->isEnabled());

    // Select g1: disable, then enable, then reset its password.
    auto selectUser = [&view](const QString &name) {
        view.view()->clearSelection();
        for (int row = 0; row < view.view()->model()->rowCount(); ++row) {
            if (view.view()->model()->index(row, 0).data().toString() == name)
                view.view()->selectRow(row);
        }
    };
    selectUser(g1);
    QVERIFY(view.disableButton()->isEnabled());
    QVERIFY(!view.enableButton()->isEnabled());
    view.disableButton()->click();
    box = qobject_cast<QMessageBox *>(view.lastDialog());
    QVERIFY(box && box->text().contains(g1));
    box->accept();
    QVERIFY(finished.wait(60000));
    auto stateOf = [&view](const QString &name) {
        for (const RosterAccount &a : view.accounts()) {
            if (a.name == name)
                return a.state;
        }
        return AccountState::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(g1), AccountState::Disabled, 30000);
    QCOMPARE(signIn(g1, passwords.value(g1)).httpStatus(), 401);
    selectUser(g1);
    QTRY_VERIFY(view.enableButton()->isEnabled());
    view.enableButton()->click(); // enabling asks nothing
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(g1), AccountState::Exists, 30000);
    selectUser(g1);
    QTRY_VERIFY(view.resetButton()->isEnabled());
    view.resetButton()->click();
    box = qobject_cast<QMessageBox *>(view.lastDialog());
    QVERIFY(box);
    box->accept();
    QVERIFY(finished.wait(60000));
    QVERIFY(view.passwordsDialog());
    QCOMPARE(view.passwordsDialog()->rowCount(), 1);
    const QString fresh = view.passwordsDialog()->shownText().section(QLatin1Char(' '), 1).trimmed();
    QVERIFY(!fresh.isEmpty() && fresh != passwords.value(g1));
    QTRY_VERIFY2_WITH_TIMEOUT(!signIn(g1, fresh), "signs in with the password the view showed", 15000);
    view.passwordsDialog()->close();

    const QString trace = capturedLog();
    QVERIFY(trace.contains(QLatin1String("/v3/users")));
    QStringList secrets = passwords.values();
    secrets << fresh;
    for (const QString &p : std::as_const(secrets))
        QVERIFY2(!trace.contains(p), "a generated password reached the log");

    // The audit log has every change and no password (written on a worker thread).
    QTRY_VERIFY_WITH_TIMEOUT(log.query().ok() && log.query().value().size() >= 6, 10000);
    const auto entries = log.query(); // kept: a loop over log.query().value() read a destroyed temporary
    QVERIFY(entries.ok());
    for (const AuditEntry &e : entries.value()) {
        QVERIFY(!e.detail.contains(fresh));
        for (const QString &p : std::as_const(passwords))
            QVERIFY(!e.detail.contains(p));
    }
}

void TestUsersLab::viewWithoutPermission()
{
    CloudConnection connection(m_member, nullptr, nullptr);
    UsersView view;
    Course course;
    course.code = QStringLiteral("GUI-2");
    course.teacher = QStringLiteral("teacher1");
    RosterBook book;
    book.courses = {course};
    book.rosters.insert(course.code, {{m_prefix + QStringLiteral("n1"), 1}, {m_prefix + QStringLiteral("n2"), 2}});
    view.setRosterLoader([book](const CloudConfig &) -> Result<RosterBook> { return book; });
    view.setConnection(&connection);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.capability().level != UserAdminCapability::Level::Unknown, 60000);
    QCOMPARE(view.capability().level, UserAdminCapability::Level::NotAllowed);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 3, 10000);
    const QString status = view.statusLabel()->text();
    QVERIFY2(status.contains(QLatin1String("may not manage users")) && status.contains(QLatin1String("CSV")), qPrintable(status));
    for (QPushButton *b : {view.createMissingButton(), view.disableButton(), view.enableButton(), view.resetButton()})
        QVERIFY(!b->isEnabled());
    QVERIFY(view.exportNamesButton()->isEnabled());
    QTemporaryDir dir;
    const QString names = dir.filePath(QStringLiteral("names.csv"));
    QCOMPARE(view.exportNames(names), QString());
    QFile f(names);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QLatin1String("user,role,courses,state")));
    QVERIFY(text.contains(m_prefix + QStringLiteral("n1") + QStringLiteral(",student,GUI-2,unknown")));
    QVERIFY(text.contains(QLatin1String("teacher1,teacher,GUI-2")));
}

QTEST_MAIN(TestUsersLab)
// The Users tab as the README shows it: a roster whose accounts the tests above made, and one
// person without an account yet.
void TestUsersLab::screenshot()
{
    const QString out = qEnvironmentVariable("PHOENIX_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("PHOENIX_SCREENSHOT_DIR is not set");
    const QString lang = qEnvironmentVariable("PHOENIX_SCREENSHOT_LANG", QStringLiteral("en"));
    Translation::apply(lang);
    const QString g1 = m_prefix + QStringLiteral("g1");
    const QString g2 = m_prefix + QStringLiteral("g2");
    const QString t = m_prefix + QStringLiteral("gt");
    CloudConnection connection(m_admin, nullptr, nullptr);
    UsersView view;
    view.resize(1000, 560);
    Course course;
    course.code = QStringLiteral("PY101");
    course.name = QStringLiteral("Python 入门");
    course.teacher = t;
    RosterBook book;
    book.courses = {course};
    book.rosters.insert(course.code, {{g1, 1}, {g2, 2}, {m_prefix + QStringLiteral("new"), 3}});
    view.setRosterLoader([book](const CloudConfig &) -> Result<RosterBook> { return book; });
    QSignalSpy changed(&view, &UsersView::accountsChanged);
    view.setConnection(&connection);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.capability().level == UserAdminCapability::Level::Allowed && !changed.isEmpty(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
    QVERIFY(view.grab().save(QStringLiteral("%1/%2-users.png").arg(out, lang)));
    Translation::apply(QStringLiteral("en"));
}

#include "tst_userslab.moc"
