#include "app/ctl/ctlusers.h"

#include "app/ctl/ctlcourses.h"
#include "app/ctl/ctlengine.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "cloud/identityapi.h"
#include "models/items/passwordsfile.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/rosteraccounts.h"
#include "models/store/auditlog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace
{
QString section()
{
    return CtlUsers::tr("Keystone users of the rosters:");
}

const CtlLessonOptions &opts(CtlRunner *r)
{
    return r->command().get<CtlLessonOptions>();
}

QJsonObject accountJson(const RosterAccount &a)
{
    return QJsonObject{{QStringLiteral("name"), a.name},
                       {QStringLiteral("state"), RosterAccounts::stateKey(a.state)},
                       {QStringLiteral("id"), a.userId},
                       {QStringLiteral("teacher"), a.teacher},
                       {QStringLiteral("courses"), QJsonArray::fromStringList(a.courses)}};
}

/** The roster people of --course (or every course); false after reporting why not. */
bool rosterPeople(CtlRunner *r, const QString &course, QList<RosterAccount> *out)
{
    LessonStore *store = CtlCourses::store(r);
    if (!store)
        return false;
    const Result<QList<Course>> courses = store->courses();
    if (!courses) {
        r->fail(courses.error());
        return false;
    }
    if (!course.isEmpty()
        && std::none_of(courses.value().cbegin(), courses.value().cend(), [&course](const Course &c) { return c.code == course; })) {
        r->fail(CloudError::config(CtlUsers::tr("There is no course %1.").arg(course)));
        return false;
    }
    const Result<QHash<QString, QList<RosterSeat>>> rosters = store->rosters();
    if (!rosters) {
        r->fail(rosters.error());
        return false;
    }
    *out = RosterAccounts::people(courses.value(), rosters.value(), course);
    return true;
}

void printAccounts(CtlRunner *r, const QList<RosterAccount> &accounts, const UserAdminCapability &capability)
{
    if (r->command().json) {
        QJsonArray list;
        for (const RosterAccount &a : accounts)
            list << accountJson(a);
        r->printJson(QJsonObject{{QStringLiteral("capability"), capability.key()},
                                 {QStringLiteral("message"), capability.canManage() ? QString() : capability.text()},
                                 {QStringLiteral("users"), list}});
        return;
    }
    TextTable t({CtlUsers::tr("USER"), CtlUsers::tr("STATE"), CtlUsers::tr("ROLE"), CtlUsers::tr("COURSES")});
    for (const RosterAccount &a : accounts)
        t.addRow({a.name, RosterAccounts::stateKey(a.state), a.teacher ? CtlUsers::tr("teacher") : CtlUsers::tr("student"),
                  a.courses.join(QLatin1Char(','))});
    r->print(t.render());
}

std::function<void(const AuditEntry &)> auditSink(CtlRunner *r)
{
    return [r](const AuditEntry &entry) {
        CtlEngine *e = r->journal();
        if (!e)
            return;
        const Result<qint64> written = AuditLog(e->database()).append(entry);
        if (!written)
            r->report(written.error().userMessage());
    };
}

// Runs op on targets and reports each; the passwords (create, reset) go to file only.
void runOperation(CtlRunner *r, const UserAdminCapability &capability, UserOperations::Op op,
                  const QList<UserOperations::Target> &targets, std::shared_ptr<PasswordsFile> file)
{
    auto *ops = new UserOperations(r->client(), capability, r);
    ops->setAuditSink(auditSink(r));
    auto failures = std::make_shared<int>(0);
    auto lines = std::make_shared<QJsonArray>();
    QObject::connect(ops, &UserOperations::itemFinished, r, [r, file, failures, lines, op](const UserOpResult &res) {
        QString passwordError;
        if (!res.password.isEmpty() && file) {
            if (const CloudError e = file->append(res.name, res.password, res.course))
                passwordError = e.userMessage();
        }
        if (!res.ok || !passwordError.isEmpty())
            ++*failures;
        lines->append(QJsonObject{{QStringLiteral("name"), res.name},
                                  {QStringLiteral("id"), res.userId},
                                  {QStringLiteral("ok"), res.ok && passwordError.isEmpty()},
                                  {QStringLiteral("error"), res.ok ? passwordError : res.error.userMessage()},
                                  {QStringLiteral("request_id"), res.requestId}});
        QString text;
        if (res.ok) {
            switch (op) {
            case UserOperations::Op::Create:
                text = CtlUsers::tr("created %1").arg(res.name);
                break;
            case UserOperations::Op::Disable:
                text = CtlUsers::tr("disabled %1").arg(res.name);
                break;
            case UserOperations::Op::Enable:
                text = CtlUsers::tr("enabled %1").arg(res.name);
                break;
            case UserOperations::Op::ResetPassword:
                text = CtlUsers::tr("new password for %1").arg(res.name);
                break;
            case UserOperations::Op::Delete:
                text = CtlUsers::tr("deleted %1").arg(res.name);
                break;
            }
            r->progress(text);
        } else {
            r->report(QStringLiteral("%1: %2").arg(res.name, res.error.userMessage()));
        }
        if (!passwordError.isEmpty())
            r->report(CtlUsers::tr("%1: the password could not be written: %2").arg(res.name, passwordError));
    });
    QObject::connect(ops, &UserOperations::finished, r, [r, file, failures, lines, ops](const QList<UserOpResult> &results) {
        ops->deleteLater();
        QString fileError;
        if (file) {
            if (const CloudError e = file->close())
                fileError = e.userMessage();
        }
        if (r->command().json)
            r->printJson(QJsonObject{{QStringLiteral("results"), *lines},
                                     {QStringLiteral("passwords_file"), file ? file->path() : QString()}});
        else if (file && file->rows() > 0)
            r->progress(CtlUsers::tr("%n password(s) written to %1 (readable only by you). Phoenix keeps no copy: "
                                     "hand them out, then delete the file.", nullptr, file->rows())
                            .arg(file->path()));
        if (!fileError.isEmpty())
            r->report(fileError);
        r->finish(*failures > 0 || !fileError.isEmpty() ? 1 : 0);
        Q_UNUSED(results)
    });
    ops->run(op, targets);
}

// Checks the capability, then calls next(capability); reports and exits when changes are not allowed.
void withCapability(CtlRunner *r, bool changes, std::function<void(const UserAdminCapability &)> next)
{
    IdentityApi(r->client()).checkCapability(r, [r, changes, next](const UserAdminCapability &capability) {
        if (changes && !capability.canManage()) {
            r->report(capability.text());
            r->finish(1);
            return;
        }
        next(capability);
    });
}

void listUsers(CtlRunner *r)
{
    QList<RosterAccount> people;
    if (!rosterPeople(r, opts(r).value("course"), &people))
        return;
    withCapability(r, false, [r, people](const UserAdminCapability &capability) {
        if (!capability.canList()) {
            r->report(capability.text());
            printAccounts(r, people, capability); // the names, for whoever runs Keystone
            r->finish(0);
            return;
        }
        auto *ops = new UserOperations(r->client(), capability, r);
        QStringList names;
        for (const RosterAccount &a : people)
            names << a.name;
        QObject::connect(ops, &UserOperations::lookedUp, r, [r, people, capability, ops](const QHash<QString, KeystoneUser> &users) {
            ops->deleteLater();
            QList<RosterAccount> out = people;
            RosterAccounts::applyUsers(&out, users);
            printAccounts(r, out, capability);
            r->finish(0);
        });
        QObject::connect(ops, &UserOperations::lookupFailed, r, [r, ops](const CloudError &error) {
            ops->deleteLater();
            r->fail(error);
        });
        ops->lookup(names);
    });
}

std::shared_ptr<PasswordsFile> openPasswords(CtlRunner *r)
{
    auto file = std::make_shared<PasswordsFile>();
    if (const CloudError e = file->open(opts(r).value("passwords-csv"))) {
        r->fail(e);
        return {};
    }
    return file;
}

void createMissing(CtlRunner *r)
{
    const QString course = r->command().targets.value(0);
    QList<RosterAccount> people;
    if (!rosterPeople(r, course, &people) || !r->journal())
        return;
    const QString path = opts(r).value("passwords-csv");
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) // before anything is created
        return r->fail(CloudError::local(PasswordsFile::tr("%1 exists already; Phoenix writes passwords only to a new file.").arg(path)));
    withCapability(r, true, [r, people, course](const UserAdminCapability &capability) {
        auto *ops = new UserOperations(r->client(), capability, r);
        QStringList names;
        for (const RosterAccount &a : people)
            names << a.name;
        QObject::connect(ops, &UserOperations::lookupFailed, r, [r, ops](const CloudError &error) {
            ops->deleteLater();
            r->fail(error);
        });
        QObject::connect(ops, &UserOperations::lookedUp, r, [r, people, capability, course, ops](const QHash<QString, KeystoneUser> &users) {
            ops->deleteLater();
            QList<RosterAccount> out = people;
            RosterAccounts::applyUsers(&out, users);
            QList<UserOperations::Target> missing;
            for (const RosterAccount &a : std::as_const(out)) {
                if (a.state == AccountState::Missing)
                    missing << UserOperations::Target{a.name, QString(), course};
            }
            if (missing.isEmpty()) {
                if (r->command().json)
                    r->printJson(QJsonObject{{QStringLiteral("results"), QJsonArray()}, {QStringLiteral("passwords_file"), QString()}});
                else
                    r->progress(CtlUsers::tr("Every account of %1 exists; nothing to create (no passwords file written).").arg(course));
                r->finish(0);
                return;
            }
            std::shared_ptr<PasswordsFile> file = openPasswords(r);
            if (!file)
                return;
            runOperation(r, capability, UserOperations::Op::Create, missing, file);
        });
        ops->lookup(names);
    });
}

void change(CtlRunner *r, UserOperations::Op op)
{
    if (!r->journal()) // audited: the database must be there before anything changes
        return;
    std::shared_ptr<PasswordsFile> file;
    if (op == UserOperations::Op::ResetPassword) {
        file = openPasswords(r);
        if (!file)
            return;
    }
    QList<UserOperations::Target> targets;
    for (const QString &name : r->command().targets)
        targets << UserOperations::Target{name, QString(), QString()};
    withCapability(r, true, [r, op, targets, file](const UserAdminCapability &capability) {
        runOperation(r, capability, op, targets, file);
    });
}
} // namespace

QList<CtlSubcommand> CtlUsers::commands()
{
    using T = CtlSubcommand::Targets;
    auto row = [](const char *verb, T targets, QList<CtlOption> options, const QString &help) {
        CtlSubcommand c(QStringLiteral("users"), QString::fromLatin1(verb), targets,
                        targets == T::None ? tr("\"users %1\" takes no further arguments.").arg(QLatin1String(verb))
                        : targets == T::One ? tr("\"users %1\" needs one course code.").arg(QLatin1String(verb))
                                            : tr("\"users %1\" needs at least one user name.").arg(QLatin1String(verb)));
        c.options = options;
        const QString v = QString::fromLatin1(verb);
        c.read = [v](const CtlArgs &args, CtlCommand &command) -> QString {
            CtlLessonOptions l;
            l.group = QStringLiteral("users");
            l.verb = v;
            for (const char *name : {"course", "passwords-csv", "db"}) {
                if (args.isSet(name))
                    l.options.insert(QString::fromLatin1(name), args.value(name));
            }
            command.options = l;
            return QString();
        };
        c.run = &CtlUsers::run;
        c.section = section();
        c.help = help;
        c.unknownVerb = [](const QString &given) {
            return given.isEmpty() ? tr("\"users\" needs one of: list, create-missing, disable, enable, reset-password.")
                                   : tr("Unknown users command \"%1\".").arg(given);
        };
        return c;
    };
    return {
        row("list", T::None, {{"course", "code"}, {"db", "url"}},
            tr("  users list [--course C]                 roster members and teachers: exists / missing / disabled\n")),
        row("create-missing", T::One, {{"passwords-csv", "file"}, {"db", "url"}},
            tr("  users create-missing COURSE --passwords-csv FILE\n"
               "                                          creates the missing accounts (member of the project);\n"
               "                                          generated passwords only in FILE (new, mode 0600)\n")),
        row("disable", T::OneOrMore, {{"db", "url"}}, tr("  users disable USER... | users enable USER...\n")),
        row("enable", T::OneOrMore, {{"db", "url"}}, QString()),
        row("reset-password", T::OneOrMore, {{"passwords-csv", "file"}, {"db", "url"}},
            tr("  users reset-password USER... --passwords-csv FILE\n"
               "    Needs an account Keystone lets manage users; every change is in the audit log (no passwords).\n")),
    };
}

void CtlUsers::run(CtlRunner *r)
{
    const QString verb = opts(r).verb;
    // Checked here, not by the parser: the command table's rows parse with their words alone.
    if ((verb == QLatin1String("create-missing") || verb == QLatin1String("reset-password")) && opts(r).value("passwords-csv").isEmpty()) {
        r->report(tr("\"users %1\" needs --passwords-csv FILE: the generated passwords go there (a new file, "
                     "readable only by you), nowhere else.").arg(verb));
        r->finish(2);
        return;
    }
    if (verb == QLatin1String("list"))
        return listUsers(r);
    if (verb == QLatin1String("create-missing"))
        return createMissing(r);
    if (verb == QLatin1String("disable"))
        return change(r, UserOperations::Op::Disable);
    if (verb == QLatin1String("enable"))
        return change(r, UserOperations::Op::Enable);
    if (verb == QLatin1String("reset-password"))
        return change(r, UserOperations::Op::ResetPassword);
    r->report(tr("Unknown command."));
    r->finish(2);
}
