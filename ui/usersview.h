#pragma once

#include "cloud/identityapi.h"
#include "models/lessons/rosteraccounts.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>

class AuditLog;
class CloudConnection;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;
class UsersPasswordsDialog;
struct CloudConfig;

/**
 * Users (issue 13): the Keystone accounts of a course's roster (students and the teacher) with
 * their state — exists, missing, disabled. An administrator whom Keystone lets manage users
 * creates the missing ones in bulk, disables, enables and resets passwords; generated passwords
 * are shown once in a dialog and saved once to a CSV for the teacher, never kept by Phoenix.
 * Without that permission the view says so and offers a CSV of the names for whoever runs
 * Keystone. All network and database work is asynchronous: the GUI thread never waits.
 */
class UsersView : public QWidget
{
    Q_OBJECT

public:
    /** Reads the courses and rosters of a cloud project (called on a worker thread). */
    using RosterLoader = std::function<Result<RosterBook>(const CloudConfig &config)>;

    explicit UsersView(QWidget *parent = nullptr);
    ~UsersView() override;

    void setConnection(CloudConnection *connection);
    void setRosterLoader(RosterLoader loader);
    /** Where changes are audited (may be null: no database). */
    void setAuditLog(AuditLog *log) { m_audit = log; }
    /** Reloads the rosters, the capability and the accounts' states. */
    void refresh();
    /** Shows only the people of this course (empty: every course). */
    void setCourse(const QString &code);

    /** Runs op on the named accounts without asking (the buttons ask first where it matters). */
    void runOperation(UserOperations::Op op, const QStringList &names);
    /** Writes the names (user, role, courses, state) as CSV; an error message or empty. */
    QString exportNames(const QString &path) const;

    [[nodiscard]] UserAdminCapability capability() const { return m_capability; }
    [[nodiscard]] QList<RosterAccount> accounts() const { return m_accounts; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] RecordTableModel *model() const { return m_model; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QComboBox *courseBox() const { return m_course; }
    [[nodiscard]] QPushButton *createMissingButton() const { return m_create; }
    [[nodiscard]] QPushButton *disableButton() const { return m_disable; }
    [[nodiscard]] QPushButton *enableButton() const { return m_enable; }
    [[nodiscard]] QPushButton *resetButton() const { return m_reset; }
    [[nodiscard]] QPushButton *exportNamesButton() const { return m_exportNames; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /** The last dialog the view opened (tests drive it). */
    [[nodiscard]] QWidget *lastDialog() const { return m_lastDialog; }
    [[nodiscard]] UsersPasswordsDialog *passwordsDialog() const { return m_passwords; }

Q_SIGNALS:
    void message(const QString &text);
    /** The accounts' states are in (after a refresh or an operation), or could not be had. */
    void accountsChanged();
    /** An operation ended; its passwords, if any, are in passwordsDialog(). */
    void operationFinished(int done, int failed);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadRosters();
    void checkCapability();
    void lookupStates();
    void rebuildPeople();
    void updateButtons();
    void updateStatus();
    void askThenRun(UserOperations::Op op);
    QStringList selectedNames() const;
    void audit(const AuditEntry &entry) const;

    QPointer<CloudConnection> m_connection;
    RosterLoader m_loader;
    AuditLog *m_audit = nullptr;
    RosterBook m_book;
    QList<RosterAccount> m_accounts;
    QHash<QString, KeystoneUser> m_users;
    bool m_usersKnown = false;
    UserAdminCapability m_capability;
    QString m_lookupError;
    QString m_operationText;
    bool m_busy = false;
    bool m_loaded = false;
    int m_generation = 0;

    QComboBox *m_course;
    QLabel *m_courseLabel;
    QLabel *m_status;
    QLabel *m_progress;
    QTableView *m_view;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    QPushButton *m_exportNames;
    QPointer<QWidget> m_lastDialog;
    QPointer<UsersPasswordsDialog> m_passwords;
};

/**
 * The generated passwords of one operation, shown once: a table of user and password, and one
 * "Save as CSV…" that writes them (mode 0600) for the teacher and is then spent. Closing the
 * dialog forgets them; Phoenix keeps no copy.
 */
class UsersPasswordsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString user;
        QString password;
        QString course;
    };

    explicit UsersPasswordsDialog(QList<Row> rows, QWidget *parent = nullptr);
    ~UsersPasswordsDialog() override;

    /** Writes the CSV once (replacing path when it exists); an error message or empty. */
    QString saveTo(const QString &path);
    [[nodiscard]] bool isSaved() const { return m_saved; }
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QString shownText() const; // what the table shows (tests)

Q_SIGNALS:
    void message(const QString &text);

private:
    void chooseFile();

    QList<Row> m_rows;
    bool m_saved = false;
    QPushButton *m_save;
    QLabel *m_note;
    class QTableWidget *m_table;
};
