// Keystone user management's pure parts (issue 13, Users): the identity parsers, generated
// passwords, the people of a roster and their states, the passwords file (new, 0600, never over
// an existing file or a link), and phoenixctl's users command lines.
#include "app/ctl/ctlcommand.h"
#include "cloud/identityapi.h"
#include "models/items/passwordsfile.h"
#include "models/lessons/rosteraccounts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestUserAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUsers();
    void parseErrorsNameTheField();
    void parsesRoles();
    void createBodyHasNoSurprises();
    void generatedPasswordsAreStrong();
    void rosterPeople();
    void statesFromUsers();
    void passwordsFileIsPrivateAndNew();
    void ctlParsing_data();
    void ctlParsing();
    void capabilityTexts();
};

void TestUserAccounts::parsesUsers()
{
    const QByteArray body = R"({"users":[{"id":"u1","name":"alice","domain_id":"default","enabled":true,
        "default_project_id":"p1","password_expires_at":null,"options":{}},
        {"id":"u2","name":"张伟","domain_id":"default","enabled":false}],
        "links":{"next":null,"self":"http://x/v3/users","previous":null},"truncated":true})";
    const Result<KeystoneUserList> r = IdentityApi::parseUsers(body);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().users.size(), 2);
    QVERIFY(r.value().truncated);
    QCOMPARE(r.value().users.at(0).defaultProjectId, QStringLiteral("p1"));
    QVERIFY(r.value().users.at(0).enabled);
    QCOMPARE(r.value().users.at(1).name, QStringLiteral("张伟"));
    QVERIFY(!r.value().users.at(1).enabled);
    const Result<KeystoneUser> one = IdentityApi::parseUser(R"({"user":{"id":"u3","name":"bob","enabled":true}})");
    QVERIFY(one.ok());
    QCOMPARE(one.value().id, QStringLiteral("u3"));
}

void TestUserAccounts::parseErrorsNameTheField()
{
    Result<KeystoneUserList> r = IdentityApi::parseUsers(R"({"users":[{"id":"u1"}]})");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().detail().contains(QLatin1String("name")), qPrintable(r.error().detail()));
    r = IdentityApi::parseUsers("not json");
    QVERIFY(!r.ok());
    r = IdentityApi::parseUsers(R"({"users":{"id":"u1"}})");
    QVERIFY(!r.ok());
    QVERIFY(!IdentityApi::parseUser(R"({"user":[]})").ok());
}

void TestUserAccounts::parsesRoles()
{
    const QByteArray body = R"({"roles":[{"id":"r1","name":"reader"},{"id":"r2","name":"member"}]})";
    QCOMPARE(IdentityApi::parseRoleId(body, QStringLiteral("member")).value(), QStringLiteral("r2"));
    const Result<QString> missing = IdentityApi::parseRoleId(body, QStringLiteral("admin"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().userMessage().contains(QLatin1String("admin")));
}

void TestUserAccounts::createBodyHasNoSurprises()
{
    const QByteArray body = IdentityApi::createBody(QStringLiteral("a\"b"), QStringLiteral("pw\"x"), QStringLiteral("d"), QStringLiteral("p"));
    const QJsonObject user = QJsonDocument::fromJson(body).object().value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("a\"b"));
    QCOMPARE(user.value(QLatin1String("password")).toString(), QStringLiteral("pw\"x"));
    QCOMPARE(user.value(QLatin1String("domain_id")).toString(), QStringLiteral("d"));
    QCOMPARE(user.value(QLatin1String("default_project_id")).toString(), QStringLiteral("p"));
    QVERIFY(user.value(QLatin1String("enabled")).toBool());
}

void TestUserAccounts::generatedPasswordsAreStrong()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString p = IdentityApi::generatePassword();
        QCOMPARE(p.size(), 16);
        QVERIFY(p.at(0).isLetter()); // no spreadsheet formula, no shell option
        QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isLower(); }));
        QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isUpper(); }));
        QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return !c.isLetterOrNumber(); }));
        for (QChar c : p) {
            QVERIFY2(!QStringLiteral("0Oo1lI\"'\\ ,;").contains(c), qPrintable(p));
            QVERIFY(c.unicode() < 128);
        }
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 2000);
    QCOMPARE(IdentityApi::generatePassword(4).size(), 12); // never shorter than 12
    QCOMPARE(IdentityApi::generatePassword(24).size(), 24);
}

void TestUserAccounts::rosterPeople()
{
    Course a;
    a.code = QStringLiteral("A");
    a.teacher = QStringLiteral("t1");
    Course b;
    b.code = QStringLiteral("B");
    b.teacher = QStringLiteral("t1");
    QHash<QString, QList<RosterSeat>> rosters;
    rosters.insert(QStringLiteral("A"), {{QStringLiteral("s2"), 1}, {QStringLiteral("s1"), 2}});
    rosters.insert(QStringLiteral("B"), {{QStringLiteral("s1"), 1}, {QStringLiteral(" "), 2}});
    const QList<RosterAccount> all = RosterAccounts::people({a, b}, rosters);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("s1"));
    QCOMPARE(all.at(0).courses, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(!all.at(0).teacher);
    QCOMPARE(all.at(2).name, QStringLiteral("t1"));
    QVERIFY(all.at(2).teacher);
    const QList<RosterAccount> onlyB = RosterAccounts::people({a, b}, rosters, QStringLiteral("B"));
    QCOMPARE(onlyB.size(), 2);
    QCOMPARE(onlyB.at(0).courses, QStringList{QStringLiteral("B")});
    QVERIFY(RosterAccounts::people({a, b}, rosters, QStringLiteral("C")).isEmpty());
}

void TestUserAccounts::statesFromUsers()
{
    QList<RosterAccount> people(3);
    people[0].name = QStringLiteral("here");
    people[1].name = QStringLiteral("off");
    people[2].name = QStringLiteral("Here"); // Keystone names are case-sensitive here
    QHash<QString, KeystoneUser> users;
    users.insert(QStringLiteral("here"), KeystoneUser{QStringLiteral("1"), QStringLiteral("here"), {}, {}, true, {}});
    users.insert(QStringLiteral("off"), KeystoneUser{QStringLiteral("2"), QStringLiteral("off"), {}, {}, false, {}});
    RosterAccounts::applyUsers(&people, users);
    QCOMPARE(people.at(0).state, AccountState::Exists);
    QCOMPARE(people.at(0).userId, QStringLiteral("1"));
    QCOMPARE(people.at(1).state, AccountState::Disabled);
    QCOMPARE(people.at(2).state, AccountState::Missing);
    QCOMPARE(RosterAccounts::stateKey(AccountState::Missing), QStringLiteral("missing"));
    QCOMPARE(RosterAccounts::stateKey(AccountState::Disabled), QStringLiteral("disabled"));
    QCOMPARE(RosterAccounts::stateKey(AccountState::Exists), QStringLiteral("exists"));
}

void TestUserAccounts::passwordsFileIsPrivateAndNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw.csv"));
    {
        PasswordsFile file;
        QVERIFY(!file.open(path));
        // 0600 before the first password is written
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                                   | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        QVERIFY(!file.append(QStringLiteral("张伟"), QStringLiteral("Ab3#defghijkmnpq"), QStringLiteral("PY101")));
        // written through at once: readable before close (a crash keeps the created accounts' passwords)
        QFile peek(path);
        QVERIFY(peek.open(QIODevice::ReadOnly));
        QVERIFY(peek.readAll().contains("Ab3#defghijkmnpq"));
        QVERIFY(!file.close());
        QCOMPARE(file.rows(), 1);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFuser,password,course\r\n") + QStringLiteral("张伟").toUtf8()
                              + QByteArray(",Ab3#defghijkmnpq,PY101\r\n"));
    f.close();

    PasswordsFile again;
    const CloudError exists = again.open(path);
    QVERIFY(exists);
    QVERIFY(exists.userMessage().contains(QLatin1String("exists already")));
    // a link planted where the file goes is not written through
    const QString target = dir.filePath(QStringLiteral("target"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(again.open(link));
    QVERIFY(!QFileInfo::exists(target));
    // replace: the old file goes, the new one is 0600 again
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QVERIFY(!again.open(path, true));
    QVERIFY(!again.close());
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));
}

void TestUserAccounts::ctlParsing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("verb");
    QTest::newRow("list") << QStringList{QStringLiteral("users"), QStringLiteral("list")} << true << QStringLiteral("list");
    QTest::newRow("list course") << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--course"), QStringLiteral("PY")}
                                 << true << QStringLiteral("list");
    QTest::newRow("list extra") << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("x")} << false << QString();
    QTest::newRow("create") << QStringList{QStringLiteral("users"), QStringLiteral("create-missing"), QStringLiteral("PY"),
                                           QStringLiteral("--passwords-csv"), QStringLiteral("f.csv")}
                            << true << QStringLiteral("create-missing");
    QTest::newRow("create no file") << QStringList{QStringLiteral("users"), QStringLiteral("create-missing"), QStringLiteral("PY")} << true
                                    << QStringLiteral("create-missing"); // the file is asked for when it runs (exit 2)
    QTest::newRow("create no course") << QStringList{QStringLiteral("users"), QStringLiteral("create-missing"),
                                                     QStringLiteral("--passwords-csv"), QStringLiteral("f.csv")}
                                      << false << QString();
    QTest::newRow("disable many") << QStringList{QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("a"), QStringLiteral("b")}
                                  << true << QStringLiteral("disable");
    QTest::newRow("enable none") << QStringList{QStringLiteral("users"), QStringLiteral("enable")} << false << QString();
    QTest::newRow("disable with file") << QStringList{QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("a"),
                                                      QStringLiteral("--passwords-csv"), QStringLiteral("f")}
                                       << false << QString();
    QTest::newRow("reset") << QStringList{QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("a"),
                                          QStringLiteral("--passwords-csv"), QStringLiteral("f")}
                           << true << QStringLiteral("reset-password");
    QTest::newRow("reset no file") << QStringList{QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("a")} << true
                                   << QStringLiteral("reset-password");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("users"), QStringLiteral("purge")} << false << QString();
}

void TestUserAccounts::ctlParsing()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, verb);
    const CtlParseResult r = CtlCommandLine::parse(QStringList{QStringLiteral("phoenixctl")} + args);
    QCOMPARE(r.outcome == CtlParseResult::Outcome::Run, ok);
    if (!ok) {
        QVERIFY(!r.text.isEmpty());
        return;
    }
    QCOMPARE(r.command.get<CtlLessonOptions>().group, QStringLiteral("users"));
    QCOMPARE(r.command.get<CtlLessonOptions>().verb, verb);
    QVERIFY(CtlCommandLine::usage().contains(QLatin1String("users create-missing COURSE --passwords-csv FILE")));
}

void TestUserAccounts::capabilityTexts()
{
    UserAdminCapability c;
    c.level = UserAdminCapability::Level::NotAllowed;
    c.error = CloudError::http(403, R"({"error":{"code":403,"message":"You are not authorized"}})", QStringLiteral("req-42"));
    QVERIFY(c.text().contains(QLatin1String("req-42")));
    QVERIFY(!c.canList() && !c.canManage());
    c.level = UserAdminCapability::Level::ListOnly;
    QVERIFY(c.canList() && !c.canManage());
    QCOMPARE(c.key(), QStringLiteral("list-only"));
}

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"
