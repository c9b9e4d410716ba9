#include "ui/connectdialog.h"

#include "cloud/cloudconfig.h"
#include "models/session/connectionmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace
{
QLineEdit *field(QWidget *parent, const QString &objectName, bool secret = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    if (secret)
        e->setEchoMode(QLineEdit::Password);
    return e;
}
} // namespace

ConnectDialog::ConnectDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_pages(new QTabWidget(this))
    , m_name(field(this, QStringLiteral("connectionName")))
    , m_remember(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_pages->setObjectName(QStringLiteral("connectPages"));
    m_pages->addTab(buildCloudsPage(), QString());
    m_pages->addTab(buildPasswordPage(), QString());
    m_pages->addTab(buildAppCredPage(), QString());
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_retry->setObjectName(QStringLiteral("retryKeyring"));
    m_retry->hide();

    auto *common = new QFormLayout;
    auto *nameLabel = new QLabel(this);
    m_labels << qMakePair(nameLabel, QT_TR_NOOP("Save as:"));
    nameLabel->setBuddy(m_name);
    common->addRow(nameLabel, m_name);
    common->addRow(QString(), m_remember);

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(common);
    layout->addLayout(messageRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::onConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &ConnectDialog::onRetry);
    connect(m_cloud, &QComboBox::currentTextChanged, this, [this](const QString &cloud) {
        if (m_pages->currentIndex() == CloudsYaml)
            m_name->setText(cloud);
    });

    // Keystone's answer for the connection this dialog started.
    connect(manager, &ConnectionManager::opened, this, [this](const QString &name) {
        if (name == m_pendingName) {
            setBusy(false);
            accept();
        }
    });
    connect(manager, &ConnectionManager::openFailed, this, [this](const QString &name, const CloudError &error) {
        if (name == m_pendingName) {
            setBusy(false);
            showMessage(error.userMessage(), true);
        }
    });
    connect(manager, &ConnectionManager::credentialsNeeded, this, [this](const SavedConnection &saved, const QString &why) {
        if (saved.name == m_pendingName && !isHidden()) {
            setBusy(false);
            prefill(saved, why, true);
        }
    });
    reloadClouds();
    retranslate();
    resize(520, sizeHint().height());
}

QWidget *ConnectDialog::buildCloudsPage()
{
    auto *page = new QWidget(this);
    m_cloud = new QComboBox(page);
    m_cloud->setObjectName(QStringLiteral("cloudName"));
    m_cloudsFile = new QLabel(page);
    m_cloudsFile->setWordWrap(true);
    m_cloudsFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cloudPassword = field(page, QStringLiteral("cloudPassword"), true);
    auto *form = new QFormLayout(page);
    auto *l1 = new QLabel(page);
    auto *l2 = new QLabel(page);
    l1->setBuddy(m_cloud);
    l2->setBuddy(m_cloudPassword);
    m_labels << qMakePair(l1, QT_TR_NOOP("&Cloud:")) << qMakePair(l2, QT_TR_NOOP("&Password:"));
    form->addRow(l1, m_cloud);
    form->addRow(QString(), m_cloudsFile);
    form->addRow(l2, m_cloudPassword);
    return page;
}

QWidget *ConnectDialog::buildPasswordPage()
{
    auto *page = new QWidget(this);
    m_authUrl = field(page, QStringLiteral("authUrl"));
    m_userDomain = field(page, QStringLiteral("userDomain"));
    m_user = field(page, QStringLiteral("userName"));
    m_password = field(page, QStringLiteral("password"), true);
    m_project = field(page, QStringLiteral("project"));
    m_projectDomain = field(page, QStringLiteral("projectDomain"));
    m_region = field(page, QStringLiteral("region"));
    m_caCert = field(page, QStringLiteral("caCert"));
    m_userDomain->setText(QStringLiteral("Default"));
    m_projectDomain->setText(QStringLiteral("Default"));
    m_authUrl->setPlaceholderText(QStringLiteral("https://keystone.school.example:5000/v3"));
    auto *form = new QFormLayout(page);
    const QList<QPair<QLineEdit *, const char *>> rows = {
        {m_authUrl, QT_TR_NOOP("&Auth URL:")},          {m_userDomain, QT_TR_NOOP("User &domain:")},
        {m_user, QT_TR_NOOP("&User name:")},            {m_password, QT_TR_NOOP("&Password:")},
        {m_project, QT_TR_NOOP("P&roject:")},           {m_projectDomain, QT_TR_NOOP("Project d&omain:")},
        {m_region, QT_TR_NOOP("Re&gion (optional):")}, {m_caCert, QT_TR_NOOP("CA certificate file (optional):")}};
    for (const auto &[edit, text] : rows) {
        auto *label = new QLabel(page);
        label->setBuddy(edit);
        m_labels << qMakePair(label, text);
        form->addRow(label, edit);
    }
    return page;
}

QWidget *ConnectDialog::buildAppCredPage()
{
    auto *page = new QWidget(this);
    m_acAuthUrl = field(page, QStringLiteral("acAuthUrl"));
    m_acId = field(page, QStringLiteral("acId"));
    m_acSecret = field(page, QStringLiteral("acSecret"), true);
    m_acRegion = field(page, QStringLiteral("acRegion"));
    auto *form = new QFormLayout(page);
    const QList<QPair<QLineEdit *, const char *>> rows = {{m_acAuthUrl, QT_TR_NOOP("&Auth URL:")},
                                                          {m_acId, QT_TR_NOOP("Credential &ID:")},
                                                          {m_acSecret, QT_TR_NOOP("&Secret:")},
                                                          {m_acRegion, QT_TR_NOOP("Re&gion (optional):")}};
    for (const auto &[edit, text] : rows) {
        auto *label = new QLabel(page);
        label->setBuddy(edit);
        m_labels << qMakePair(label, text);
        form->addRow(label, edit);
    }
    return page;
}

void ConnectDialog::reloadClouds()
{
    const CloudConfigLoader &loader = m_manager->loader();
    const QStringList names = loader.cloudNames();
    m_cloud->clear();
    m_cloud->addItems(names);
    if (names.isEmpty()) {
        m_cloudsFile->setText(tr("No clouds.yaml found. Looked in:\n%1").arg(loader.searchPath().join(QLatin1Char('\n'))));
        m_pages->setCurrentIndex(Password);
    } else {
        m_cloudsFile->setText(tr("From %1").arg(loader.cloudsFile()));
    }
    m_pages->setTabEnabled(CloudsYaml, !names.isEmpty());
}

void ConnectDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

CloudConfig ConnectDialog::config() const
{
    CloudConfig c;
    switch (m_pages->currentIndex()) {
    case CloudsYaml: {
        Result<CloudConfig> r = m_manager->loader().load(m_cloud->currentText());
        if (r)
            c = r.value();
        c.name = m_cloud->currentText();
        if (!m_cloudPassword->text().isEmpty()) {
            if (c.authType == CloudConfig::AuthType::Password)
                c.password = m_cloudPassword->text();
            else
                c.applicationCredentialSecret = m_cloudPassword->text();
        }
        break;
    }
    case Password:
        c.authType = CloudConfig::AuthType::Password;
        c.authUrl = m_authUrl->text().trimmed();
        c.userDomainName = m_userDomain->text().trimmed();
        c.username = m_user->text().trimmed();
        c.password = m_password->text();
        c.projectName = m_project->text().trimmed();
        c.projectDomainName = m_projectDomain->text().trimmed();
        c.regionName = m_region->text().trimmed();
        c.caCertFile = m_caCert->text().trimmed();
        break;
    case ApplicationCredential:
        c.authType = CloudConfig::AuthType::ApplicationCredential;
        c.authUrl = m_acAuthUrl->text().trimmed();
        c.applicationCredentialId = m_acId->text().trimmed();
        c.applicationCredentialSecret = m_acSecret->text();
        c.regionName = m_acRegion->text().trimmed();
        break;
    }
    return c;
}

SavedConnection ConnectDialog::savedConnection() const
{
    SavedConnection s;
    const CloudConfig c = config();
    s.name = m_name->text().trimmed().isEmpty() ? ConnectionStore::suggestName(c) : m_name->text().trimmed();
    if (m_pages->currentIndex() == CloudsYaml)
        s.cloudName = m_cloud->currentText();
    s.config = c;
    s.rememberSecret = m_remember->isChecked();
    return s;
}

QString ConnectDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ConnectDialog::prefill(const SavedConnection &saved, const QString &message, bool retryable)
{
    m_prefilled = saved;
    m_name->setText(saved.name);
    m_remember->setChecked(saved.rememberSecret);
    if (saved.fromCloudsYaml()) {
        const int i = m_cloud->findText(saved.cloudName);
        if (i >= 0)
            m_cloud->setCurrentIndex(i);
        m_pages->setCurrentIndex(CloudsYaml);
        m_cloudPassword->setFocus();
    } else if (saved.config.authType == CloudConfig::AuthType::ApplicationCredential) {
        m_acAuthUrl->setText(saved.config.authUrl);
        m_acId->setText(saved.config.applicationCredentialId);
        m_acRegion->setText(saved.config.regionName);
        m_pages->setCurrentIndex(ApplicationCredential);
        m_acSecret->setFocus();
    } else {
        m_authUrl->setText(saved.config.authUrl);
        m_userDomain->setText(saved.config.userDomainName.isEmpty() ? QStringLiteral("Default") : saved.config.userDomainName);
        m_user->setText(saved.config.username);
        m_project->setText(saved.config.projectName);
        m_projectDomain->setText(saved.config.projectDomainName.isEmpty() ? QStringLiteral("Default")
                                                                          : saved.config.projectDomainName);
        m_region->setText(saved.config.regionName);
        m_caCert->setText(saved.config.caCertFile);
        m_pages->setCurrentIndex(Password);
        m_password->setFocus();
    }
    showMessage(message, false);
    m_retry->setVisible(retryable && saved.rememberSecret);
}

void ConnectDialog::onConnect()
{
    const CloudConfig c = config();
    const QString problem = c.validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    if (!c.hasSecret()) {
        showMessage(c.authType == CloudConfig::AuthType::Password ? tr("Enter the password.")
                                                                  : tr("Enter the application credential secret."),
                    true);
        return;
    }
    const SavedConnection saved = savedConnection();
    m_pendingName = saved.name;
    setBusy(true);
    showMessage(tr("Signing in to %1…").arg(c.authUrl), false);
    m_manager->open(saved, c, m_remember->isChecked());
}

void ConnectDialog::onRetry()
{
    m_pendingName = m_prefilled.name;
    showMessage(tr("Asking the keyring again…"), false);
    m_retry->hide();
    m_manager->openSaved(m_prefilled.name);
}

void ConnectDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ConnectDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
    m_message->setAccessibleDescription(text);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a cloud"));
    m_pages->setTabText(CloudsYaml, tr("clouds.yaml"));
    m_pages->setTabText(Password, tr("Password"));
    m_pages->setTabText(ApplicationCredential, tr("Application credential"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_remember->setText(tr("Remember the password in the system &keyring"));
    m_remember->setToolTip(tr("Stored with the operating system's keyring (GNOME Keyring, KWallet, …), never in a file"));
    m_cloudPassword->setPlaceholderText(tr("only if clouds.yaml has none"));
    m_name->setPlaceholderText(tr("a name for the Cloud menu (optional)"));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Ask the keyring for the saved password again"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
