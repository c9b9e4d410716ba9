#pragma once

#include "cloud/apicallback.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

class RestClient;

/** A Keystone v3 user as Phoenix needs it (never its password). */
struct KeystoneUser
{
    QString id;
    QString name;
    QString domainId;
    QString defaultProjectId;
    bool enabled = true;
    QString requestId; // x-openstack-request-id of the reply that returned it

    friend bool operator==(const KeystoneUser &, const KeystoneUser &) = default;
};

/** The users of one list call; Keystone cuts a list at its list_limit and says so. */
struct KeystoneUserList
{
    QList<KeystoneUser> users;
    bool truncated = false;
    QString requestId;
};

/**
 * Whether the signed-in account may manage Keystone users. Found out by harmless calls (read the
 * project, list the users of its domain by the account's own name) and the token's roles — a 403
 * is an answer here, not a failure.
 */
struct UserAdminCapability
{
    enum class Level {
        Unknown,    // not checked yet
        Allowed,    // may list, create, update and delete users of the domain
        ListOnly,   // may list users but has no admin role: changes would be refused
        NotAllowed, // Keystone refused to list users (403)
        Unavailable // the check failed for another reason (see error)
    };
    Level level = Level::Unknown;
    QString domainId;  // the project's domain: where users are listed and created
    QString projectId; // the project new users get as default project and the member role on
    CloudError error;  // why not (NotAllowed / Unavailable), with its request ID

    [[nodiscard]] bool canList() const { return level == Level::Allowed || level == Level::ListOnly; }
    [[nodiscard]] bool canManage() const { return level == Level::Allowed; }
    /** One plain sentence for the window and phoenixctl. */
    [[nodiscard]] QString text() const;
    /** "allowed", "list-only", "not-allowed", "unavailable", "unknown" (JSON). */
    [[nodiscard]] QString key() const;
};

/**
 * Keystone v3 identity users through the RestClient (bounded replies, request IDs, the retry
 * table): list the users of a domain (or by exact name), create one with a password and default
 * project, enable/disable it, set its password, delete it, and grant a role on a project. Every
 * password travels only in request bodies, which the HTTP log redacts; nothing here logs one.
 */
class IdentityApi
{
    Q_DECLARE_TR_FUNCTIONS(IdentityApi)

public:
    explicit IdentityApi(RestClient *client);

    /** The users of domainId (empty: every domain the token may see); name: exact match. */
    void listUsers(const QString &domainId, const QString &name, QObject *context,
                   ApiCallback<KeystoneUserList> callback);
    void createUser(const QString &name, const QString &password, const QString &domainId,
                    const QString &defaultProjectId, QObject *context, ApiCallback<KeystoneUser> callback);
    void setEnabled(const QString &userId, bool enabled, QObject *context, ApiCallback<KeystoneUser> callback);
    void setPassword(const QString &userId, const QString &password, QObject *context,
                     ApiCallback<KeystoneUser> callback);
    /** The value is the request ID of the call. */
    void deleteUser(const QString &userId, QObject *context, ApiCallback<QString> callback);
    /** The ID of the role with this name (an error when there is none). */
    void findRole(const QString &name, QObject *context, ApiCallback<QString> callback);
    /** Grants roleId to userId on projectId (idempotent); the value is the request ID. */
    void grantProjectRole(const QString &projectId, const QString &userId, const QString &roleId, QObject *context,
                          ApiCallback<QString> callback);
    /** The domain ID of a project. */
    void projectDomain(const QString &projectId, QObject *context, ApiCallback<QString> callback);
    /**
     * Finds out what the signed-in account may do with users (see UserAdminCapability). The
     * callback always gets a capability (never an error): a refusal is NotAllowed.
     */
    void checkCapability(QObject *context, std::function<void(UserAdminCapability)> callback);

    // Pure parsers (tested).
    static Result<KeystoneUserList> parseUsers(const QByteArray &body);
    static Result<KeystoneUser> parseUser(const QByteArray &body);
    static Result<QString> parseRoleId(const QByteArray &body, const QString &name);
    static QByteArray createBody(const QString &name, const QString &password, const QString &domainId,
                                 const QString &defaultProjectId);

    /**
     * A strong password for a new or reset account: `length` characters (at least 12) from
     * letters and digits without look-alikes (0/O, 1/l/I) plus a few symbols, with at least one
     * lower-case letter, upper-case letter, digit and symbol, from the system's secure random
     * source. It starts with a letter (no spreadsheet reads it as a formula; no shell as an option).
     */
    static QString generatePassword(int length = 16);

private:
    RestClient *m_client;
};

Q_DECLARE_METATYPE(KeystoneUser)
Q_DECLARE_METATYPE(UserAdminCapability)
