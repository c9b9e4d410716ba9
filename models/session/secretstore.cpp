#include "models/session/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "phoenix.models.secrets")

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::keyFor(const CloudConfig &config)
{
    return QStringLiteral("phoenix/") + config.identity();
}

SecretResult SecretStore::classify(int code, const QString &errorText)
{
    SecretResult r;
    r.code = code;
    r.detail = errorText;
    switch (code) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message = tr("No password is saved for this connection.");
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::Locked;
        r.message = tr("The keyring is locked or refused access. Unlock it (for example by logging in to your "
                       "desktop session or with your keyring manager), then choose Retry.");
        return r;
    case QKeychain::NoBackendAvailable:
        r.status = SecretResult::Status::NoKeyring;
        r.message = tr("No keyring is available on this computer, so the password cannot be saved. Start your "
                       "desktop's keyring (GNOME Keyring or KWallet), then choose Retry — or connect without "
                       "saving the password.");
        return r;
    case QKeychain::OtherError:
        if (errorText.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            r.status = SecretResult::Status::Locked;
            r.message = tr("The keyring is locked. Unlock it, then choose Retry.");
        } else {
            r.status = SecretResult::Status::NoKeyring;
            r.message = tr("The keyring could not be reached (%1). Make sure a keyring service such as GNOME "
                           "Keyring is running in your session, then choose Retry — or connect without saving "
                           "the password.")
                            .arg(errorText);
        }
        return r;
    default:
        r.status = SecretResult::Status::Failed;
        r.message = tr("The keyring reported an error: %1").arg(errorText);
        return r;
    }
}

void SecretStore::read(const QString &key, QObject *context, SecretCallback callback)
{
    run(Op::Read, key, {}, context, std::move(callback), 1);
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, SecretCallback callback)
{
    run(Op::Write, key, secret, context, std::move(callback), 1);
}

void SecretStore::remove(const QString &key, QObject *context, SecretCallback callback)
{
    run(Op::Remove, key, {}, context, std::move(callback), 1);
}

void SecretStore::run(Op op, const QString &key, const QString &secret, QObject *context, SecretCallback callback,
                      int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: secrets stay out of plain files
    job->setKey(key);

    // One callback, whichever comes first: the job's answer or the timeout. The guard lives in
    // the caller's context; a job that answers after the timeout finds it gone.
    auto *guard = new QObject(context);
    auto done = std::make_shared<bool>(false);
    auto finish = [guard, done, callback](const SecretResult &result) {
        if (*done)
            return;
        *done = true;
        guard->deleteLater();
        callback(result);
    };

    QTimer::singleShot(m_timeoutMs, guard, [finish, key, this] {
        qCWarning(lcSecrets) << "keychain job for" << key << "did not finish within" << m_timeoutMs << "ms";
        SecretResult r;
        r.status = SecretResult::Status::Timeout;
        r.message = tr("The keyring did not answer within %n second(s). It may be waiting for you to unlock "
                       "it; unlock it, then choose Retry.",
                       nullptr, m_timeoutMs / 1000);
        finish(r);
    });

    QPointer<SecretStore> self(this);
    connect(job, &QKeychain::Job::finished, guard, [=](QKeychain::Job *j) {
        const int code = int(j->error());
        SecretResult r = classify(code, j->errorString());
        if (op == Op::Remove && code == QKeychain::EntryNotFound)
            r = SecretResult{}; // deleting what is not there is fine
        if (op == Op::Read && r.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (!r.ok() && r.status != SecretResult::Status::NotFound)
            qCInfo(lcSecrets) << "keychain job for" << key << "failed with" << code << j->errorString();
        const bool backendMissing = code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError;
        if (backendMissing && attempt == 1 && self && !*done) {
            // The Secret Service may be starting with the session: one delayed retry, then report.
            *done = true;
            guard->deleteLater();
            QPointer<QObject> ctx(context);
            QTimer::singleShot(self->m_retryDelayMs, self, [=] {
                if (ctx && self)
                    self->run(op, key, secret, ctx, callback, attempt + 1);
            });
            return;
        }
        finish(r);
    });
    job->start();
}
