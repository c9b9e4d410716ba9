#include "models/session/databasesecret.h"

#include "models/settings/appsettings.h"
#include "models/store/database.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDbSecret, "phoenix.models.dbsecret")

bool DatabaseSecret::isPostgres(const QString &url)
{
    const QString u = url.trimmed();
    return u.startsWith(QLatin1String("postgresql://")) || u.startsWith(QLatin1String("postgres://"));
}

QString DatabaseSecret::passwordIn(const QString &url)
{
    if (!isPostgres(url))
        return {};
    return QUrl(url.trimmed()).password(QUrl::FullyDecoded);
}

QString DatabaseSecret::keyFor(const QString &url)
{
    if (!isPostgres(url))
        return {};
    const QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return {};
    return QStringLiteral("phoenix-db/%1@%2:%3/%4")
        .arg(u.userName(QUrl::FullyDecoded), u.host().toLower())
        .arg(u.port(5432))
        .arg(u.path().mid(1));
}

QString DatabaseSecret::commandLineWarning(const QString &url)
{
    if (passwordIn(url).isEmpty())
        return {};
    return tr("Warning: the database address on the command line contains a password, which every user of "
              "this computer can read (for example with \"ps\"). Remove it from the address and use "
              "PGPASSWORD or ~/.pgpass, or save it in the window's settings (kept in the keyring).");
}

void DatabaseSecret::store(SecretStore *secrets, const QString &url, const QString &password, QObject *context,
                           SecretCallback done)
{
    secrets->write(keyFor(url), password, context, std::move(done));
}

void DatabaseSecret::saveToSettings(AppSettings &settings, SecretStore *secrets, const QString &urlIn,
                                    const QString &passwordIn_, QObject *context, SecretCallback done)
{
    const QString url = urlIn.trimmed();
    const QString password = passwordIn_.isEmpty() ? passwordIn(url) : passwordIn_;
    const QString plain = AppSettings::withoutPassword(url);
    if (password.isEmpty() || !isPostgres(url) || !secrets) {
        settings.setDatabaseUrl(plain); // drops a password even without a keyring: never on disk
        done(SecretResult{});
        return;
    }
    AppSettings *target = &settings;
    store(secrets, plain, password, context, [target, plain, done](const SecretResult &result) {
        if (result.ok()) {
            target->setDatabaseUrl(plain);
            target->raw().sync();
        }
        done(result);
    });
}

void DatabaseSecret::open(Database *database, const QString &url, SecretStore *secrets, QObject *context,
                          std::function<void(const CloudError &, const QString &)> done)
{
    if (!isPostgres(url) || !passwordIn(url).isEmpty() || !secrets || keyFor(url).isEmpty()) {
        done(database->open(url), QString());
        return;
    }
    secrets->read(keyFor(url), context, [database, url, done](const SecretResult &result) {
        QString problem;
        if (result.ok()) {
            database->setPassword(result.secret);
        } else if (result.status != SecretResult::Status::NotFound) {
            qCInfo(lcDbSecret) << "database password not read from the keyring:" << result.detail;
            problem = result.message;
        }
        done(database->open(url), problem);
        database->setPassword(QString()); // held by the open database only
    });
}

void DatabaseSecret::moveToKeyring(AppSettings &settings, SecretStore *secrets, QObject *context, SecretCallback done)
{
    const QString url = settings.databaseUrl();
    if (passwordIn(url).isEmpty() || !secrets)
        return;
    qCWarning(lcDbSecret) << "the saved database URL carries a password; moving it into the keyring";
    saveToSettings(settings, secrets, url, QString(), context, std::move(done));
}
