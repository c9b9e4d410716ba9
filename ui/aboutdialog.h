#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class CloudConnection;
class QLabel;

/**
 * Help › About Phoenix (issue 17): the versions of Phoenix and Qt, and — when a cloud is open —
 * the API versions of its services and the Nova microversion Phoenix negotiated. The services
 * are asked when the dialog opens, without waiting (ServiceVersions); the dialog fills in as the
 * answers come. *Copy* puts the whole text on the clipboard for a bug report.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(CloudConnection *connection, QWidget *parent = nullptr);

    /** The dialog's text, as *Copy* puts it on the clipboard. */
    [[nodiscard]] QString text() const;

private:
    void onServiceVersion(const QString &service, const QString &text, const QByteArray &document);
    void showMicroversion(int minor);

    QPointer<CloudConnection> m_connection;
    QHash<QString, QLabel *> m_services; // catalog type → its value label
    QLabel *m_microversion = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_rows;
};
