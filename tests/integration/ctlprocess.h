#pragma once

// phoenixctl as a user runs it, for the integration and reliability tests: a private home (its
// settings, its default database) so that the developer's own Phoenix settings never leak in.

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct CtlRun
{
    int exitCode = -1; // -2: crashed or killed
    QString out;
    QString err;
    double seconds = 0;

    [[nodiscard]] QJsonDocument json() const; // standard output as JSON (a warning when it is not)
    [[nodiscard]] QString both() const { return out + QStringLiteral("\n--- stderr ---\n") + err; }
};

class CtlProcess
{
public:
    // program: the phoenixctl executable; cloudsFile/cloud: the clouds.yaml and the cloud in it.
    CtlProcess(QString program, QString cloudsFile, QString cloud);

    [[nodiscard]] bool isValid() const { return m_home.isValid(); }
    // Phoenix settings of the private home (AppSettings keys, e.g. "poll/fastSeconds").
    void setSetting(const QString &key, const QVariant &value);
    // A SQLite journal in the private home, for --db.
    [[nodiscard]] QString database(const QString &name = QStringLiteral("journal.sqlite")) const;
    [[nodiscard]] QProcessEnvironment environment() const;

    CtlRun run(const QStringList &arguments, int timeoutMs = 300000) const;
    CtlRun run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 300000) const;
    // Started, not waited for (the caller may kill it).
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

private:
    QString m_program;
    QString m_cloudsFile;
    QString m_cloud;
    QTemporaryDir m_home;
};
