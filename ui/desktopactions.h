#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/desktoppolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ClientLauncher;
class AppSettings;
class CloudConnection;
class DesktopTableModel;
class QAction;
class QMenu;
class QWidget;

/**
 * The desktop commands as QActions (menu, toolbar, context menu, shortcuts), enabled by
 * DesktopPolicy for the current selection and actor, and what happens when one is triggered:
 * a confirmation that says what and how many (destructive commands), then one TaskEngine batch
 * with a TaskSpec per eligible desktop. Console and remote-desktop connect run directly.
 * No business rules live here: eligibility is DesktopPolicy's, the work is the engine's.
 */
class DesktopActions : public QObject
{
    Q_OBJECT

public:
    DesktopActions(AppSettings &settings, QWidget *dialogParent);

    [[nodiscard]] QAction *action(DesktopCommand command) const { return m_actions[int(command)]; }
    [[nodiscard]] QList<QAction *> powerActions() const;

    void setConnection(CloudConnection *connection);
    void setModel(DesktopTableModel *model) { m_model = model; }
    void setActor(const Actor &actor);
    /** The courses' protocols (code → rdp/spice/console) for Connect; GUI thread, never waits. */
    void setCourseProtocols(std::function<QHash<QString, QString>()> protocols) { m_courseProtocols = std::move(protocols); }
    void setSelection(const QList<Server> &selection);
    [[nodiscard]] QList<Server> selection() const { return m_selection; }
    /** The context menu for the current selection (only offered commands; disabled when not eligible). */
    void populateMenu(QMenu *menu) const;
    void retranslate();

    /** Runs a command on the selection; confirmations are asynchronous (QMessageBox::open). */
    void trigger(DesktopCommand command);
    /** Submits the batch without asking (after a confirmation, or from tests). Returns the batch id.
     *  targetHost: for the migrations (empty: Nova's scheduler picks). */
    QString submit(DesktopCommand command, const QList<Server> &servers, const QString &imageName = {},
                   const QString &targetHost = {});

Q_SIGNALS:
    void message(const QString &text);              // for the status bar
    void batchSubmitted(const QString &batchId);
    void adoptRequested(const QList<Server> &servers);
    /** A dialog was opened (asynchronously; tests answer it). */
    void dialogOpened(QWidget *dialog);

private:
    void updateEnabled();
    void confirmAndSubmit(DesktopCommand command, const ActionAvailability &availability);
    void askImageName(const Server &server);
    void askMigrationTarget(DesktopCommand command, const QList<Server> &servers);
    void openConsole(const Server &server);
    void openConsoleInBrowser(const Server &server);
    void connectRemoteDesktop(const Server &server);
    [[nodiscard]] QList<Server> eligible(const ActionAvailability &availability) const;
    [[nodiscard]] ActionAvailability availability(DesktopCommand command) const;
    [[nodiscard]] static QString batchTitle(DesktopCommand command, const QList<Server> &servers);

    AppSettings &m_settings;
    ClientLauncher *m_launcher = nullptr; // Connect: the shared connection layer (issue 14)
    std::function<QHash<QString, QString>()> m_courseProtocols;
    QWidget *m_dialogParent;
    QPointer<CloudConnection> m_connection;
    DesktopTableModel *m_model = nullptr;
    Actor m_actor;
    QList<Server> m_selection;
    QAction *m_actions[int(DesktopCommand::ActionCount)];
};
