#include "ui/desktopactions.h"

#include "models/settings/appsettings.h"
#include "models/session/cloudconnection.h"
#include "models/session/clientlauncher.h"
#include "models/session/connectionplan.h"
#include "models/session/desktopconsole.h"
#include "models/items/desktoptablemodel.h"
#include "models/engine/taskengine.h"
#include "models/settings/translation.h"
#include "cloud/computeapi.h"
#include "cloud/hostsapi.h"
#include "ui/consolewindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSet>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcActions, "phoenix.ui.actions")

namespace
{
struct CommandLook
{
    DesktopCommand command;
    const char *icon;
    QKeySequence shortcut;
};

const CommandLook &look(DesktopCommand c)
{
    static const CommandLook looks[] = {
        {DesktopCommand::Start, "start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {DesktopCommand::Stop, "stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {DesktopCommand::Suspend, "suspend", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {DesktopCommand::Resume, "resume", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {DesktopCommand::RebootSoft, "reboot", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {DesktopCommand::RebootHard, "reboot-hard", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {DesktopCommand::Restore, "restore", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {DesktopCommand::Shelve, "shelve", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {DesktopCommand::Unshelve, "unshelve", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {DesktopCommand::AssignFloatingIp, "fip-assign", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        {DesktopCommand::ReleaseFloatingIp, "fip-release", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
        {DesktopCommand::OpenConsole, "console", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {DesktopCommand::Connect, "connect", QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {DesktopCommand::MakeImage, "make-image", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {DesktopCommand::Adopt, "adopt", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {DesktopCommand::Delete, "delete", QKeySequence(Qt::Key_Delete)},
        {DesktopCommand::ForceDelete, "force-delete", QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
        {DesktopCommand::LiveMigrate, "live-migrate", QKeySequence()},
        {DesktopCommand::Migrate, "migrate", QKeySequence()},
    };
    static_assert(std::size(looks) == size_t(DesktopCommand::ActionCount));
    return looks[int(c)];
}

QString nameList(const QList<Server> &servers, int max = 10)
{
    QStringList names;
    for (int i = 0; i < servers.size() && i < max; ++i)
        names << servers.at(i).name;
    QString text = names.join(QStringLiteral(", "));
    if (servers.size() > max)
        text += QLatin1Char(' ') + DesktopActions::tr("and %n more", nullptr, int(servers.size()) - max);
    return text;
}
} // namespace

DesktopActions::DesktopActions(AppSettings &settings, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    for (int i = 0; i < int(DesktopCommand::ActionCount); ++i) {
        const auto command = DesktopCommand(i);
        auto *a = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(look(command).icon))),
                              QString(), this);
        a->setObjectName(QStringLiteral("action-") + DesktopPolicy::actionKey(command));
        a->setShortcut(look(command).shortcut);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, command] { trigger(command); });
        m_actions[i] = a;
    }
    retranslate();
}

QList<QAction *> DesktopActions::powerActions() const
{
    return {action(DesktopCommand::Start), action(DesktopCommand::Stop), action(DesktopCommand::Suspend),
            action(DesktopCommand::Resume), action(DesktopCommand::RebootSoft), action(DesktopCommand::RebootHard),
            action(DesktopCommand::Restore), action(DesktopCommand::Shelve), action(DesktopCommand::Unshelve)};
}

void DesktopActions::retranslate()
{
    for (int i = 0; i < int(DesktopCommand::ActionCount); ++i)
        m_actions[i]->setText(DesktopPolicy::actionText(DesktopCommand(i)));
    updateEnabled();
}

void DesktopActions::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    updateEnabled();
}

void DesktopActions::setActor(const Actor &actor)
{
    m_actor = actor;
    updateEnabled();
}

void DesktopActions::setSelection(const QList<Server> &selection)
{
    m_selection = selection;
    updateEnabled();
}

ActionAvailability DesktopActions::availability(DesktopCommand command) const
{
    return DesktopPolicy::availability(command, m_selection, m_actor, m_model ? m_model->busyIds() : QSet<QString>());
}

void DesktopActions::updateEnabled()
{
    for (int i = 0; i < int(DesktopCommand::ActionCount); ++i) {
        const auto command = DesktopCommand(i);
        QAction *a = m_actions[i];
        a->setVisible(DesktopPolicy::isOffered(command, m_actor));
        const ActionAvailability av = availability(command);
        const bool single = command == DesktopCommand::OpenConsole || command == DesktopCommand::Connect
            || command == DesktopCommand::MakeImage;
        a->setEnabled(m_connection && av.enabled() && (!single || m_selection.size() == 1));
        // "Resume (2 of 3)": say when the command runs on part of the selection only
        QString text = DesktopPolicy::actionText(command);
        if (av.partial() && !single)
            text += QStringLiteral(" ") + tr("(%1 of %2)").arg(av.eligible).arg(av.selected);
        a->setText(text);
        QString plain = Translation::withoutMnemonic(DesktopPolicy::actionText(command));
        if (plain.endsWith(QStringLiteral("…")))
            plain.chop(1);
        QString tip = a->shortcut().isEmpty() ? plain
                                              : QStringLiteral("%1 (%2)").arg(plain, a->shortcut().toString(QKeySequence::NativeText));
        // greyed out because a task works on the desktop: say so, instead of leaving it a riddle
        if (m_connection && !av.enabled() && !m_selection.isEmpty()
            && DesktopPolicy::availability(command, m_selection, m_actor).enabled())
            tip += QLatin1Char('\n') + tr("Not now: a task is working on the selected desktop; see the task panel.");
        a->setToolTip(tip);
    }
}

void DesktopActions::populateMenu(QMenu *menu) const
{
    const QList<QList<DesktopCommand>> groups = {
        {DesktopCommand::Connect, DesktopCommand::OpenConsole},
        {DesktopCommand::Start, DesktopCommand::Resume, DesktopCommand::Suspend, DesktopCommand::Stop,
         DesktopCommand::RebootSoft, DesktopCommand::RebootHard},
        {DesktopCommand::Restore, DesktopCommand::Shelve, DesktopCommand::Unshelve},
        {DesktopCommand::AssignFloatingIp, DesktopCommand::ReleaseFloatingIp},
        {DesktopCommand::MakeImage, DesktopCommand::Adopt},
        {DesktopCommand::LiveMigrate, DesktopCommand::Migrate},
        {DesktopCommand::Delete, DesktopCommand::ForceDelete}};
    for (const auto &group : groups) {
        if (!menu->isEmpty())
            menu->addSeparator();
        for (DesktopCommand c : group) {
            if (DesktopPolicy::isOffered(c, m_actor))
                menu->addAction(action(c));
        }
    }
}

QList<Server> DesktopActions::eligible(const ActionAvailability &availability) const
{
    QList<Server> out;
    for (const Server &s : m_selection) {
        if (availability.eligibleIds.contains(s.id))
            out << s;
    }
    return out;
}

void DesktopActions::trigger(DesktopCommand command)
{
    if (!m_connection)
        return;
    const ActionAvailability av = availability(command);
    if (!av.enabled())
        return;
    const QList<Server> servers = eligible(av);
    switch (command) {
    case DesktopCommand::OpenConsole:
        openConsole(servers.first());
        return;
    case DesktopCommand::Connect:
        connectRemoteDesktop(servers.first());
        return;
    case DesktopCommand::Adopt:
        Q_EMIT adoptRequested(servers);
        return;
    case DesktopCommand::MakeImage:
        askImageName(servers.first());
        return;
    case DesktopCommand::LiveMigrate:
    case DesktopCommand::Migrate:
        askMigrationTarget(command, servers);
        return;
    default:
        break;
    }
    if (DesktopPolicy::needsConfirmation(command))
        confirmAndSubmit(command, av);
    else
        submit(command, servers);
}

QString DesktopActions::batchTitle(DesktopCommand command, const QList<Server> &servers)
{
    const auto kind = DesktopPolicy::taskKind(command);
    const QString verb = kind ? TaskText::kindName(*kind) : Translation::withoutMnemonic(DesktopPolicy::actionText(command));
    if (servers.size() == 1)
        return tr("%1 %2", "verb desktop-name").arg(verb, servers.first().name);
    return tr("%1 %n desktops", nullptr, int(servers.size())).arg(verb);
}

QString DesktopActions::submit(DesktopCommand command, const QList<Server> &servers, const QString &imageName,
                              const QString &targetHost)
{
    const auto kind = DesktopPolicy::taskKind(command);
    if (!kind || servers.isEmpty() || !m_connection)
        return {};
    QList<TaskSpec> specs;
    for (const Server &s : servers) {
        TaskSpec spec;
        spec.kind = *kind;
        spec.serverId = s.id;
        spec.serverName = s.name;
        if (*kind == TaskKind::Rebuild)
            spec.imageId = s.imageId;
        if (*kind == TaskKind::MakeImage)
            spec.imageName = imageName;
        // A move: the source host is read from Nova by the task's first step (and journaled), so
        // a desktop that moved since the table's last poll is not moved again.
        if (*kind == TaskKind::LiveMigrate || *kind == TaskKind::ColdMigrate)
            spec.targetHost = targetHost;
        specs << spec;
    }
    const QString title = batchTitle(command, servers);
    const QString batchId = m_connection->engine()->submitBatch(title, *kind, specs);
    qCInfo(lcActions) << "submitted batch" << batchId << title;
    Q_EMIT message(tr("Started: %1").arg(title));
    Q_EMIT batchSubmitted(batchId);
    return batchId;
}

void DesktopActions::confirmAndSubmit(DesktopCommand command, const ActionAvailability &av)
{
    const QList<Server> servers = eligible(av);
    const int n = int(servers.size());
    QString question;
    QString consequence;
    QString button;
    switch (command) {
    case DesktopCommand::Delete:
        question = tr("Delete %n desktop(s)?", nullptr, n);
        consequence = tr("The desktops and everything saved on them are removed from the cloud. This cannot be undone.");
        button = tr("Delete %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::ForceDelete:
        question = tr("Force-delete %n desktop(s)?", nullptr, n);
        consequence = tr("Nova deletes them even while they are busy. Everything saved on them is lost. This cannot be undone.");
        button = tr("Force-delete %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::Restore:
        question = tr("Restore %n desktop(s) to a clean image?", nullptr, n);
        consequence = tr("Each desktop is rebuilt from its image: everything saved on it since is lost.");
        button = tr("Restore %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::Stop:
        question = tr("Shut down %n desktop(s)?", nullptr, n);
        consequence = tr("Whoever works on them is disconnected and unsaved work is lost.");
        button = tr("Shut down %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::RebootSoft:
    case DesktopCommand::RebootHard:
        question = command == DesktopCommand::RebootHard ? tr("Hard-reboot %n desktop(s)?", nullptr, n)
                                                         : tr("Reboot %n desktop(s)?", nullptr, n);
        consequence = tr("Whoever works on them is disconnected and unsaved work is lost.");
        button = command == DesktopCommand::RebootHard ? tr("Hard-reboot %n desktop(s)", nullptr, n)
                                                       : tr("Reboot %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::Shelve:
        question = tr("Shelve %n desktop(s)?", nullptr, n);
        consequence = tr("They are shut down and stored; unshelving takes a few minutes.");
        button = tr("Shelve %n desktop(s)", nullptr, n);
        break;
    case DesktopCommand::ReleaseFloatingIp:
        question = tr("Release the floating IP of %n desktop(s)?", nullptr, n);
        consequence = tr("They can no longer be reached from outside until they get an address again.");
        button = tr("Release %n address(es)", nullptr, n);
        break;
    default:
        submit(command, servers);
        return;
    }
    QString text = question;
    QString info = nameList(servers) + QStringLiteral("\n\n") + consequence;
    const int skipped = av.selected - av.eligible;
    if (skipped > 0)
        info += QStringLiteral("\n\n") + tr("%n other selected desktop(s) will be left alone: the command does not apply to their state.", nullptr, skipped);

    auto *box = new QMessageBox(command == DesktopCommand::Delete || command == DesktopCommand::ForceDelete
                                    ? QMessageBox::Warning
                                    : QMessageBox::Question,
                                tr("Phoenix"), text, QMessageBox::NoButton, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(info);
    if (servers.size() > 10) {
        QStringList all;
        for (const Server &s : servers)
            all << s.name;
        box->setDetailedText(all.join(QLatin1Char('\n')));
    }
    QPushButton *yes = box->addButton(button, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(command == DesktopCommand::Delete || command == DesktopCommand::ForceDelete ? no : yes);
    box->setObjectName(QStringLiteral("confirm-") + DesktopPolicy::actionKey(command));
    connect(box, &QMessageBox::finished, this, [this, box, yes, command, servers] {
        if (box->clickedButton() == yes)
            submit(command, servers);
    });
    box->open();
}

void DesktopActions::askImageName(const Server &server)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Make image from desktop"));
    dialog->setLabelText(tr("%1 is shut down, snapshotted and the new image waits until Glance reports it active.\n\n"
                            "Name of the new image:")
                             .arg(server.name));
    dialog->setTextValue(server.name + QStringLiteral("-image-") + QDate::currentDate().toString(Qt::ISODate));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, server](const QString &name) {
        if (!name.trimmed().isEmpty())
            submit(DesktopCommand::MakeImage, {server}, name.trimmed());
    });
    dialog->open();
}

void DesktopActions::askMigrationTarget(DesktopCommand command, const QList<Server> &servers)
{
    // The compute hosts to choose from (up, enabled, not the one the desktops are on); when Nova
    // cannot list them, the scheduler's choice is still offered.
    HostsApi(m_connection->client()).listComputeServices(this, [this, command, servers](Result<QList<ComputeService>> services) {
        QSet<QString> from;
        for (const Server &s : servers)
            from.insert(s.host);
        QStringList hosts;
        if (services) {
            for (const ComputeService &c : services.value()) {
                if (c.isUp() && c.isEnabled() && !c.forcedDown && !(from.size() == 1 && from.contains(c.host)))
                    hosts << c.host;
            }
            hosts.sort();
        }
        const bool live = command == DesktopCommand::LiveMigrate;
        const int n = int(servers.size());
        const QString what = n == 1 ? tr("%1 (on %2)").arg(servers.first().name, servers.first().host)
                                    : tr("%n desktop(s)", nullptr, n);
        QString label = live ? tr("Live-migrate %1 to another compute host. It keeps running; its users stay connected.").arg(what)
                             : tr("Migrate %1 to another compute host. A running desktop is shut down for the move and "
                                  "started again there: whoever works on it is disconnected.").arg(what);
        if (!services)
            label += QStringLiteral("\n\n") + tr("The compute hosts could not be read: %1").arg(services.error().userMessage());
        label += QStringLiteral("\n\n") + tr("Target host:");
        const QString scheduler = tr("Let the scheduler choose");
        auto *dialog = new QInputDialog(m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("migrateTargetDialog"));
        dialog->setWindowTitle(Translation::withoutMnemonic(DesktopPolicy::actionText(command)).remove(QStringLiteral("…")));
        dialog->setLabelText(label);
        dialog->setComboBoxItems(QStringList{scheduler} + hosts);
        dialog->setComboBoxEditable(false);
        dialog->setOkButtonText(live ? tr("Live-migrate") : tr("Migrate"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, command, servers, scheduler](const QString &choice) {
            submit(command, servers, {}, choice == scheduler ? QString() : choice);
        });
        dialog->open();
        Q_EMIT dialogOpened(dialog);
    });
}

void DesktopActions::openConsole(const Server &server)
{
    const QString name = server.name;
    Q_EMIT message(tr("Asking Nova for the console of %1…").arg(name));
    // VNC: Phoenix's own console window (issue 15); otherwise SPICE (or the error) in the browser
    ComputeApi(m_connection->client()).remoteConsole(server.id, QStringLiteral("vnc"), QStringLiteral("novnc"), this,
                                                     [this, server, name](Result<RemoteConsole> vnc) {
        if (vnc && m_connection) {
            ConsoleWindow::openForDesktop(m_connection->client(), server.id, name, vnc.value().url, m_dialogParent);
            Q_EMIT message(tr("Opened the console of %1.").arg(name));
            return;
        }
        if (m_connection)
            openConsoleInBrowser(server);
    });
}

void DesktopActions::openConsoleInBrowser(const Server &server)
{
    const QString name = server.name;
    DesktopConsole::request(m_connection->client(), server.id, this, [this, name](Result<RemoteConsole> console) {
        if (!console)
            Q_EMIT message(tr("No console for %1: %2").arg(name, console.error().userMessage()));
        else if (QDesktopServices::openUrl(QUrl(console.value().url)))
            Q_EMIT message(tr("Opened the console of %1 in the browser.").arg(name));
        else
            Q_EMIT message(tr("Could not open a browser for %1").arg(console.value().url));
    });
}

void DesktopActions::connectRemoteDesktop(const Server &server)
{
    // The connection layer shared with the teacher's tray (issue 14): gateway or direct, a
    // generated .rdp/.vv file or the settings' command, never a password on the command line.
    const RemoteProtocol protocol = ConnectionPlan::protocolOf(
        server, m_courseProtocols ? m_courseProtocols() : QHash<QString, QString>(),
        ConnectionPlan::protocolFromKey(m_settings.defaultProtocol()).value_or(RemoteProtocol::Rdp));
    if (protocol == RemoteProtocol::Console) {
        openConsole(server);
        return;
    }
    ConnectionRoute route = ConnectionPlan::routeFor(server, {}, ConnectionPlan::portOf(protocol, m_settings.detectPort()),
                                                     m_settings.intranetSegments(), m_settings.desktopGateways(),
                                                     ConnectionPlan::localAddresses());
    if (!route.ok() && !server.fixedAddress().isEmpty()) {
        route.host = server.fixedAddress(); // no floating IP and no gateway: as before, the fixed address
        route.error.clear();
    }
    const QString user = m_connection ? m_connection->auth().userName : QString();
    const LaunchPlan plan = ConnectionPlan::launch(protocol, route, user, server.name, m_settings.remoteDesktopTemplate(),
                                                   ConnectionPlan::currentPlatform(),
                                                   [](const QString &p) { return QStandardPaths::findExecutable(p); });
    if (!m_launcher)
        m_launcher = new ClientLauncher(30000, this);
    QString error;
    if (m_launcher->start(plan, &error))
        Q_EMIT message(tr("Connecting to %1 (%2)…").arg(server.name, route.host));
    else
        Q_EMIT message(error);
}
