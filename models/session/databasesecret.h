#pragma once

#include "cloud/clouderror.h"
#include "models/session/secretstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class AppSettings;
class Database;
class QObject;

/**
 * The PostgreSQL password of the Phoenix database lives in the OS keyring only (issue 9): the
 * settings keep the URL without it, the keyring keeps the password under a key made of the URL's
 * user, host, port and database ("phoenix-db/<user>@<host>:<port>/<database>", no secret in it).
 * libpq's own PGPASSWORD and ~/.pgpass keep working when the keyring has nothing.
 *
 * Every keyring call is asynchronous (SecretStore); the callbacks run in the caller's thread while
 * `context` lives.
 */
class DatabaseSecret
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSecret)

public:
    [[nodiscard]] static bool isPostgres(const QString &url);
    /** The password written into the URL (decoded); empty when there is none. */
    [[nodiscard]] static QString passwordIn(const QString &url);
    /** The keyring key for a postgresql:// URL (any password in it ignored); empty otherwise. */
    [[nodiscard]] static QString keyFor(const QString &url);
    /** A warning for the user when a --db URL on the command line carries a password (every
     *  user of the computer sees it in `ps`); empty when it does not. */
    [[nodiscard]] static QString commandLineWarning(const QString &url);

    /** Stores the password for `url` in the keyring. */
    static void store(SecretStore *secrets, const QString &url, const QString &password, QObject *context,
                      SecretCallback done);

    /**
     * Saves `url` as the database in the settings: a password in it (or `password`, when given)
     * goes to the keyring first, and the settings get the URL without it — only once the keyring
     * took the password, so a failed keyring leaves the settings unchanged. `done` gets the
     * keyring's result (Ok when there was no password to store).
     */
    static void saveToSettings(AppSettings &settings, SecretStore *secrets, const QString &url, const QString &password,
                               QObject *context, SecretCallback done);

    /**
     * Opens the database: for a postgresql:// URL without a password in it, the password is read
     * from the keyring first (nothing stored → libpq's PGPASSWORD / ~/.pgpass). SQLite opens at
     * once, before open() returns. `done` gets the open() result and, when the keyring could not
     * be read (locked, missing), its explanation for the user (empty otherwise).
     */
    static void open(Database *database, const QString &url, SecretStore *secrets, QObject *context,
                     std::function<void(const CloudError &error, const QString &keyringProblem)> done);

    /**
     * Settings written by an older Phoenix kept the password in the database URL: moves it into
     * the keyring and rewrites the URL without it. `done` is not called when there was nothing
     * to move; otherwise with the keyring's result (the settings are only rewritten on success).
     */
    static void moveToKeyring(AppSettings &settings, SecretStore *secrets, QObject *context, SecretCallback done);
};
