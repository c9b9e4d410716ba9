#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

class CsvWriter;

/**
 * The one file generated passwords go to (issue 13, Users): a CSV (user, password, course)
 * through the one CSV writer, created new with mode 0600 before its first byte — never over a
 * symbolic link, never readable by others — and flushed after every row, so that the accounts
 * created before a crash still have their passwords on disk. Phoenix keeps no other copy.
 */
class PasswordsFile
{
    Q_DECLARE_TR_FUNCTIONS(PasswordsFile)

public:
    PasswordsFile();
    ~PasswordsFile();

    /** Creates path; an existing file is an error unless replace (then it is removed first). */
    CloudError open(const QString &path, bool replace = false);
    /** One row, written through at once. */
    CloudError append(const QString &user, const QString &password, const QString &course);
    CloudError close();
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] QString path() const { return m_file.fileName(); }

    static QStringList columns();

private:
    QFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    int m_rows = 0;
};
