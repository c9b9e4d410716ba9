#include "models/items/passwordsfile.h"

#include "models/items/tableexport.h"

#include <QFileInfo>

PasswordsFile::PasswordsFile() = default;

PasswordsFile::~PasswordsFile()
{
    (void)close();
}

QStringList PasswordsFile::columns()
{
    return {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("course")};
}

CloudError PasswordsFile::open(const QString &path, bool replace)
{
    if (m_file.isOpen())
        (void)close();
    m_rows = 0;
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (!replace)
            return CloudError::local(tr("%1 exists already; Phoenix writes passwords only to a new file.").arg(path));
        if (!QFile::remove(path))
            return CloudError::local(tr("Could not replace %1.").arg(path));
    }
    m_file.setFileName(path);
    // O_EXCL: a file (or link) that appeared meanwhile is not written through; 0600 from the start.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return CloudError::local(tr("Could not create %1: %2").arg(path, m_file.errorString()));
    m_writer = std::make_unique<CsvWriter>(&m_file);
    if (!m_writer->writeRecord(columns()) || !m_file.flush())
        return CloudError::local(tr("Could not write %1: %2").arg(path, m_file.errorString()));
    return {};
}

CloudError PasswordsFile::append(const QString &user, const QString &password, const QString &course)
{
    if (!m_writer || !m_file.isOpen())
        return CloudError::local(tr("The passwords file is not open."));
    if (!m_writer->writeRecord({user, password, course}) || !m_file.flush())
        return CloudError::local(tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    ++m_rows;
    return {};
}

CloudError PasswordsFile::close()
{
    if (!m_file.isOpen())
        return {};
    m_writer.reset();
    const bool ok = m_file.flush();
    m_file.close();
    if (!ok)
        return CloudError::local(tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}
