#include "ui/settingsdialog.h"

#include "models/session/databasesecret.h"
#include "models/settings/appsettings.h"
#include "ui/traysettingsbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_fastPoll(new QSpinBox(this))
    , m_slowPoll(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_detectPort(new QSpinBox(this))
    , m_detectTimeout(new QSpinBox(this))
    , m_detectPolicy(new QComboBox(this))
    , m_detectNote(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_databaseNote(new QLabel(this))
    , m_databasePassword(new QLineEdit(this))
    , m_databaseError(new QLabel(this))
    , m_scheduler(new QCheckBox(this))
    , m_rdp(new QLineEdit(this))
    , m_rdpNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("language"));
    m_fastPoll->setObjectName(QStringLiteral("fastPoll"));
    m_fastPoll->setRange(2, 600);
    m_slowPoll->setObjectName(QStringLiteral("slowPoll"));
    m_slowPoll->setRange(10, 3600);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 64);
    m_detectPort->setObjectName(QStringLiteral("detectPort"));
    m_detectPort->setRange(1, 65535);
    m_detectTimeout->setObjectName(QStringLiteral("detectTimeout"));
    m_detectTimeout->setRange(5, 3600);
    m_detectPolicy->setObjectName(QStringLiteral("detectPolicy"));
    m_database->setObjectName(QStringLiteral("databaseUrl"));
    m_databasePassword->setObjectName(QStringLiteral("databasePassword"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databaseError->setObjectName(QStringLiteral("databaseError"));
    m_databaseError->setWordWrap(true);
    m_databaseError->setTextFormat(Qt::PlainText);
    m_databaseError->hide();
    m_rdp->setObjectName(QStringLiteral("rdpCommand"));
    m_scheduler->setObjectName(QStringLiteral("schedulerEnabled"));
    m_detectNote->setObjectName(QStringLiteral("detectTimeoutNote"));
    m_detectNote->hide();
    for (QLabel *note : {m_databaseNote, m_rdpNote, m_detectNote}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
    }

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << qMakePair(l, text);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(m_language, QT_TR_NOOP("&Language:")), m_language);
    form->addRow(label(m_fastPoll, QT_TR_NOOP("Refresh while desktops &change:")), m_fastPoll);
    form->addRow(label(m_slowPoll, QT_TR_NOOP("Refresh &otherwise:")), m_slowPoll);
    form->addRow(label(m_concurrency, QT_TR_NOOP("Tasks running at &once:")), m_concurrency);
    form->addRow(label(m_detectPort, QT_TR_NOOP("Reachability check &port:")), m_detectPort);
    form->addRow(label(m_detectTimeout, QT_TR_NOOP("Reachability check &timeout:")), m_detectTimeout);
    form->addRow(QString(), m_detectNote);
    form->addRow(label(m_detectPolicy, QT_TR_NOOP("When a desktop does not &answer:")), m_detectPolicy);
    form->addRow(label(m_database, QT_TR_NOOP("&Database:")), m_database);
    form->addRow(label(m_databasePassword, QT_TR_NOOP("Database pass&word:")), m_databasePassword);
    form->addRow(QString(), m_databaseNote);
    form->addRow(QString(), m_databaseError);
    form->addRow(QString(), m_scheduler);
    form->addRow(label(m_rdp, QT_TR_NOOP("&Remote desktop client:")), m_rdp);
    form->addRow(QString(), m_rdpNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_tray = new TraySettingsBox(m_settings, this);
    layout->addWidget(m_tray);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::onAccepted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    load();
    resize(qMax(620, sizeHint().width()), sizeHint().height());
}

// A wrapped label's size hint guesses its width; in the form it was given the height of more
// lines than it needs at the dialog's real width (a gap under Database). Once the widths are known,
// each note gets exactly its height and the dialog shrinks to fit.
void SettingsDialog::fitNotes()
{
    // Every wrapped note of the dialog, the tray box's included.
    for (QLabel *note : findChildren<QLabel *>()) {
        if (note->wordWrap() && note->width() > 0)
            note->setFixedHeight(note->heightForWidth(note->width()));
    }
    layout()->activate();
    resize(width(), layout()->sizeHint().height());
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitNotes();
}

void SettingsDialog::setInForce(const EngineSettings &settings, bool demo)
{
    m_inForce = settings;
    m_demo = demo;
    updateInForce();
}

QString SettingsDialog::detectTimeoutNote() const
{
    return m_detectNote->isHidden() ? QString() : m_detectNote->text();
}

void SettingsDialog::updateInForce()
{
    const bool differs = m_inForce && m_inForce->detectTimeoutSeconds != m_detectTimeout->value();
    if (!differs) {
        m_detectNote->hide();
        return;
    }
    m_detectNote->setText(m_demo ? tr("In force now: %1 s. The demo cloud's desktops answer nobody, so it gives up sooner; "
                                      "the value above applies to real clouds.")
                                       .arg(m_inForce->detectTimeoutSeconds)
                                 : tr("In force now: %1 s.").arg(m_inForce->detectTimeoutSeconds));
    m_detectNote->show();
    if (isVisible())
        fitNotes();
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_fastPoll->setValue(m_settings.fastPollSeconds());
    m_slowPoll->setValue(m_settings.slowPollSeconds());
    m_concurrency->setValue(m_settings.taskConcurrency());
    m_detectPort->setValue(m_settings.detectPort());
    m_detectTimeout->setValue(m_settings.detectTimeoutSeconds());
    m_detectPolicy->setCurrentIndex(m_settings.detectFailureIsFatal() ? 1 : 0);
    // A URL saved by an older Phoenix may carry the password: shown masked, saved to the keyring on OK.
    m_database->setText(AppSettings::withoutPassword(m_settings.databaseUrl()));
    m_databasePassword->setText(DatabaseSecret::passwordIn(m_settings.databaseUrl()));
    m_rdp->setText(m_settings.remoteDesktopTemplate());
    m_tray->load();
    m_scheduler->setChecked(m_settings.schedulerEnabled());
}

void SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setFastPollSeconds(m_fastPoll->value());
    m_settings.setSlowPollSeconds(qMax(m_slowPoll->value(), m_fastPoll->value()));
    m_settings.setTaskConcurrency(m_concurrency->value());
    m_settings.setDetectPort(m_detectPort->value());
    m_settings.setDetectTimeoutSeconds(m_detectTimeout->value());
    m_settings.setDetectFailureIsFatal(m_detectPolicy->currentIndex() == 1);
    m_settings.setDatabaseUrl(m_database->text().trimmed());
    m_settings.setRemoteDesktopCommand(m_rdp->text().trimmed());
    m_settings.setSchedulerEnabled(m_scheduler->isChecked());
    m_settings.raw().sync();
    Q_EMIT applied(languageChanged);
}

void SettingsDialog::onAccepted()
{
    const QString url = m_database->text().trimmed();
    const QString password = m_databasePassword->text().isEmpty() ? DatabaseSecret::passwordIn(url)
                                                                  : m_databasePassword->text();
    QString trayError;
    if (!m_tray->save(&trayError)) {
        m_databaseError->setText(trayError);
        m_databaseError->show();
        fitNotes();
        return;
    }
    if (password.isEmpty() || !DatabaseSecret::isPostgres(url)) {
        save(); // the settings never get a password: AppSettings drops one from the URL
        accept();
        return;
    }
    if (!m_secrets) {
        m_databaseError->setText(tr("The database password cannot be saved: no keyring is available. Use "
                                    "~/.pgpass or PGPASSWORD instead, and leave the password out of the address."));
        m_databaseError->show();
        fitNotes();
        return;
    }
    m_buttons->setEnabled(false);
    m_databaseError->hide();
    DatabaseSecret::store(m_secrets, url, password, this, [this, url](const SecretResult &result) {
        m_buttons->setEnabled(true);
        if (!result.ok()) {
            m_databaseError->setText(tr("The database password could not be saved in the keyring, so nothing "
                                        "was changed. %1")
                                         .arg(result.message));
            m_databaseError->show();
            fitNotes();
            return;
        }
        m_database->setText(AppSettings::withoutPassword(url));
        m_databasePassword->clear();
        save();
        accept();
    });
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    for (const auto &[l, text] : std::as_const(m_labels))
        l->setText(tr(text));
    const int language = qMax(0, m_language->currentIndex());
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(language);
    const int policy = qMax(0, m_detectPolicy->currentIndex());
    m_detectPolicy->clear();
    m_detectPolicy->addItem(tr("Warn and carry on"));
    m_detectPolicy->addItem(tr("Fail the task"));
    m_detectPolicy->setCurrentIndex(policy);
    for (QSpinBox *s : {m_fastPoll, m_slowPoll, m_detectTimeout})
        s->setSuffix(tr(" s", "seconds"));
    m_database->setPlaceholderText(tr("empty: a SQLite file in your data folder"));
    m_databasePassword->setPlaceholderText(tr("PostgreSQL only; kept in the keyring, empty keeps the saved one"));
    m_databaseNote->setText(tr("Or a PostgreSQL URL such as postgresql://phoenix@db.school.example/phoenix. The password "
                               "is kept in the keyring, never in the settings file (or comes from ~/.pgpass). A server "
                               "on another computer must offer TLS with a certificate Phoenix can verify "
                               "(~/.postgresql/root.crt, or ?sslrootcert=FILE). Takes effect at the next start."));
    m_rdpNote->setText(tr("Empty: xfreerdp or Remmina (mstsc on Windows) opens a generated .rdp file. In a command, "
                          "%f is that file, %h the desktop's address, %p the port, %u your user name."));
    m_rdp->setPlaceholderText(tr("automatic"));
    m_tray->retranslate();
    m_scheduler->setText(tr("Run the lesson &scheduler while this window is open (prepares desktops before each lesson)"));
    updateInForce();
    if (isVisible())
        fitNotes();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
