#include "ui/aboutdialog.h"

#include "cloud/cloudsession.h"
#include "cloud/restclient.h"
#include "models/session/cloudconnection.h"
#include "cloud/serviceversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace
{
QString serviceTitle(const QString &type)
{
    if (type == QLatin1String("identity"))
        return AboutDialog::tr("Identity (Keystone)");
    if (type == QLatin1String("compute"))
        return AboutDialog::tr("Compute (Nova)");
    if (type == QLatin1String("image"))
        return AboutDialog::tr("Images (Glance)");
    if (type == QLatin1String("network"))
        return AboutDialog::tr("Network (Neutron)");
    return type;
}
} // namespace

AboutDialog::AboutDialog(CloudConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setWindowTitle(tr("About Phoenix"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/phoenix.svg")).pixmap(64, 64));
    head->addWidget(logo);
    head->addWidget(new QLabel(tr("<b>Phoenix %1</b><br>Cloud classroom desktops on OpenStack.").arg(QApplication::applicationVersion())), 1);
    layout->addLayout(head);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &title, const QString &value, const QString &name) {
        auto *label = new QLabel(title);
        auto *field = new QLabel(value);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
        m_rows << qMakePair(label, field);
        return field;
    };
    addRow(tr("Phoenix"), QApplication::applicationVersion(), QStringLiteral("phoenixVersion"));
    addRow(tr("Qt"),
           QStringLiteral(QT_VERSION_STR) == QLatin1String(qVersion())
               ? QString::fromLatin1(qVersion())
               : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
           QStringLiteral("qtVersion"));
    addRow(tr("System"), QSysInfo::prettyProductName(), QStringLiteral("systemVersion"));
    if (connection) {
        addRow(tr("Cloud"), connection->name(), QStringLiteral("cloudName"));
        for (const QString &service : ServiceVersions::services())
            m_services.insert(service, addRow(serviceTitle(service), tr("Asking the cloud…"), QStringLiteral("version-") + service));
        m_microversion = addRow(tr("Nova microversion in use"), QString(), QStringLiteral("microversion"));
        showMicroversion(connection->session()->computeMicroversion());
        ServiceVersions::request(connection->client(), this,
                                 [this](const QString &service, const QString &text, const QByteArray &document) {
                                     onServiceVersion(service, text, document);
                                 });
    } else {
        addRow(tr("Cloud"), tr("Not connected: the services' versions show once a cloud is open."), QStringLiteral("cloudName"));
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    QStringList lines;
    for (const auto &[label, field] : m_rows)
        lines << label->text() + QStringLiteral(": ") + field->text();
    return lines.join(QLatin1Char('\n'));
}

void AboutDialog::onServiceVersion(const QString &service, const QString &text, const QByteArray &document)
{
    if (QLabel *field = m_services.value(service))
        field->setText(text);
    if (service != QLatin1String("compute") || !m_connection)
        return;
    // Nova negotiates on the first compute call; until then say what it will choose.
    int minor = m_connection->session()->computeMicroversion();
    if (minor <= 0 && !document.isEmpty()) {
        const Result<int> chosen = RestClient::negotiateComputeMicroversion(document, RestClient::WantedComputeMinor,
                                                                          RestClient::MinimumComputeMinor);
        minor = chosen ? chosen.value() : 0;
    }
    showMicroversion(minor);
}

void AboutDialog::showMicroversion(int minor)
{
    if (m_microversion)
        m_microversion->setText(minor > 0 ? QStringLiteral("2.%1").arg(minor) : tr("not negotiated yet"));
}
