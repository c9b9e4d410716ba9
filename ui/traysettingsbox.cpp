#include "ui/traysettingsbox.h"

#include "models/session/connectionplan.h"
#include "models/settings/appsettings.h"
#include "models/settings/autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

TraySettingsBox::TraySettingsBox(AppSettings &settings, QWidget *parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_autostart(new QCheckBox(this))
    , m_protocol(new QComboBox(this))
    , m_intranet(new QLineEdit(this))
    , m_gateways(new QPlainTextEdit(this))
    , m_protocolLabel(new QLabel(this))
    , m_intranetLabel(new QLabel(this))
    , m_gatewaysLabel(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("traySettings"));
    m_autostart->setObjectName(QStringLiteral("trayAutostart"));
    m_protocol->setObjectName(QStringLiteral("defaultProtocol"));
    m_intranet->setObjectName(QStringLiteral("intranetSegments"));
    m_gateways->setObjectName(QStringLiteral("desktopGateways"));
    m_gateways->setMaximumHeight(64);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_protocolLabel->setBuddy(m_protocol);
    m_intranetLabel->setBuddy(m_intranet);
    m_gatewaysLabel->setBuddy(m_gateways);
    auto *form = new QFormLayout(this);
    form->addRow(m_autostart);
    form->addRow(m_protocolLabel, m_protocol);
    form->addRow(m_intranetLabel, m_intranet);
    form->addRow(m_gatewaysLabel, m_gateways);
    form->addRow(m_note);
    retranslate();
    load();
}

void TraySettingsBox::load()
{
    m_autostart->setChecked(Autostart::isEnabled());
    m_protocol->setCurrentIndex(qMax(0, m_protocol->findData(m_settings.defaultProtocol())));
    m_intranet->setText(m_settings.intranetSegments().join(QStringLiteral(", ")));
    m_gateways->setPlainText(m_settings.desktopGateways().join(QLatin1Char('\n')));
}

bool TraySettingsBox::save(QString *error)
{
    QStringList segments;
    for (const QString &s : m_intranet->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (QHostAddress::parseSubnet(s).first.isNull()) {
            *error = tr("“%1” is not a network segment (CIDR such as 10.20.0.0/16).").arg(s);
            return false;
        }
        segments << s;
    }
    QStringList gateways;
    for (const QString &line : m_gateways->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const DesktopGateway g = DesktopGateway::parse(line.trimmed());
        if (!g.isValid()) {
            *error = tr("The gateway line “%1” cannot be read; write external:port=internal:port.").arg(line.trimmed());
            return false;
        }
        gateways << g.toString();
    }
    if (m_autostart->isChecked() != Autostart::isEnabled()
        && !Autostart::setEnabled(m_autostart->isChecked(), QCoreApplication::applicationFilePath(), error))
        return false;
    m_settings.setDefaultProtocol(m_protocol->currentData().toString());
    m_settings.setIntranetSegments(segments);
    m_settings.setDesktopGateways(gateways);
    return true;
}

void TraySettingsBox::retranslate()
{
    setTitle(tr("Teacher's tray and connections"));
    m_autostart->setText(tr("Start the &tray when I log in"));
    const int protocol = qMax(0, m_protocol->currentIndex());
    m_protocol->clear();
    m_protocol->addItem(tr("Remote desktop (RDP)"), QStringLiteral("rdp"));
    m_protocol->addItem(tr("SPICE (remote-viewer)"), QStringLiteral("spice"));
    m_protocol->addItem(tr("Browser console"), QStringLiteral("console"));
    m_protocol->setCurrentIndex(protocol);
    m_protocolLabel->setText(tr("&Connect with:"));
    m_intranetLabel->setText(tr("&Intranet segments:"));
    m_gatewaysLabel->setText(tr("Desktop &gateways:"));
    m_intranet->setPlaceholderText(tr("e.g. 10.20.0.0/16, 192.168.5.0/24"));
    m_gateways->setPlaceholderText(tr("one per line: gw.school.edu:33890=10.20.0.12:3389"));
    m_note->setText(tr("Inside an intranet segment Phoenix connects to a desktop's own address; outside, through "
                       "the gateway for its address, else through a floating IP. A desktop's phoenix:protocol "
                       "metadata overrides the protocol."));
}
