#pragma once

#include "models/engine/taskengine.h"

#include <QDialog>

#include <optional>

class AppSettings;
class SecretStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class TraySettingsBox;

/**
 * Phoenix's settings: language (applied at once, no restart), poll intervals, how many tasks run
 * at a time, the reachability check (DETECT) port, timeout and policy, the database and the
 * remote-desktop client. Writes AppSettings on OK and emits applied().
 *
 * The PostgreSQL password goes to the keyring (DatabaseSecret), never into the settings: typed in
 * the password field or inside the URL, it is stored in the keyring first; only when the keyring
 * took it are the settings written (with the URL without it) and the dialog closed. A keyring
 * that fails leaves the dialog open with the reason.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    void load();
    void save();
    /** What the current connection's engine runs with, when it differs from the saved settings
     *  (the demo cloud shortens the reachability check): shown beside the field. */
    void setInForce(const EngineSettings &settings, bool demo);
    [[nodiscard]] QString detectTimeoutNote() const;
    /** The keyring for the database password (without one, a password cannot be saved). */
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

Q_SIGNALS:
    void applied(bool languageChanged);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateInForce();
    void fitNotes();
    void onAccepted();

    AppSettings &m_settings;
    QComboBox *m_language;
    QSpinBox *m_fastPoll;
    QSpinBox *m_slowPoll;
    QSpinBox *m_concurrency;
    QSpinBox *m_detectPort;
    QSpinBox *m_detectTimeout;
    QComboBox *m_detectPolicy;
    QLabel *m_detectNote;
    std::optional<EngineSettings> m_inForce;
    bool m_demo = false;
    QLineEdit *m_database;
    QLabel *m_databaseNote;
    QLineEdit *m_databasePassword;
    QLabel *m_databaseError;
    SecretStore *m_secrets = nullptr;
    QCheckBox *m_scheduler;
    QLineEdit *m_rdp;
    TraySettingsBox *m_tray = nullptr; // issue 14: autostart, protocol, intranet, gateways
    QLabel *m_rdpNote;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels;
};
