#pragma once

#include "models/session/connectionstore.h"

#include <QDialog>

class ConnectionManager;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

/**
 * Connect to a cloud: a clouds.yaml entry (CloudConfigLoader), a password sign-in typed in
 * (auth URL, domains, project, user) or an application credential. "Remember the password"
 * hands the secret to the keychain after the sign-in worked. The dialog stays open while
 * Keystone answers and shows what went wrong in plain words; when the keyring could not give a
 * remembered password it says why and offers Retry. Non-modal use: open(), never exec().
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ConnectionManager *manager, QWidget *parent = nullptr);

    /** Prefills from a saved connection and explains why the dialog is shown (e.g. keyring locked). */
    void prefill(const SavedConnection &saved, const QString &message, bool retryable);
    /** Builds the configuration from the fields (with the secret); empty name = none given. */
    [[nodiscard]] CloudConfig config() const;
    [[nodiscard]] SavedConnection savedConnection() const;
    [[nodiscard]] QString message() const;

    enum Page {
        CloudsYaml,
        Password,
        ApplicationCredential
    };
    void setPage(Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadClouds();
    void onConnect();
    void onRetry();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    QWidget *buildCloudsPage();
    QWidget *buildPasswordPage();
    QWidget *buildAppCredPage();

    ConnectionManager *m_manager;
    QTabWidget *m_pages;
    // clouds.yaml
    QComboBox *m_cloud;
    QLabel *m_cloudsFile;
    QLineEdit *m_cloudPassword;
    QLabel *m_cloudsLabel[2] = {};
    // password
    QLineEdit *m_authUrl;
    QLineEdit *m_userDomain;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_project;
    QLineEdit *m_projectDomain;
    QLineEdit *m_region;
    QLineEdit *m_caCert;
    // application credential
    QLineEdit *m_acAuthUrl;
    QLineEdit *m_acId;
    QLineEdit *m_acSecret;
    QLineEdit *m_acRegion;
    // common
    QLineEdit *m_name;
    QCheckBox *m_remember;
    QLabel *m_message;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels; // form labels, retranslated
    QString m_pendingName;
    SavedConnection m_prefilled;
};
