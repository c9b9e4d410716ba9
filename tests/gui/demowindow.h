#pragma once

// A MainWindow connected to an in-process demo cloud running at test speed, for the GUI tests.
// Settings live in a temporary INI file; nothing touches the user's configuration.

#include "models/settings/appsettings.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "cloud/demo/democloud.h"
#include "models/items/desktopfilterproxy.h"
#include "ui/desktoptab.h"
#include "models/items/desktoptablemodel.h"
#include "ui/desktopviews.h"
#include "models/engine/inventory.h"
#include "ui/mainwindow.h"
#include "models/session/secretstore.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class DemoWindow
{
public:
    DemoWindow()
        : settings(dir.filePath(QStringLiteral("phoenix.ini")))
        , secrets(QStringLiteral("phoenix-test"))
        , connections(settings.raw(), &secrets,
                      [](const CloudConfig &config, QObject *parent) { return new CloudConnection(config, nullptr, {}, parent); })
    {
        demo.setSpeed(DemoCloud::TestSpeed);
        demo.setLatency(1, 5);
        demo.seedSchool();
        port = demo.start();
        window = std::make_unique<MainWindow>(settings, &connections);
        window->resize(1280, 760);
    }

    // Opens the demo cloud as `user` and waits until the tables are filled. False on time-out.
    bool open(const QString &user = QStringLiteral("labadmin"))
    {
        connections.open(SavedConnection{}, demo.cloudConfig(user), false, true);
        CloudConnection *c = connections.current();
        if (!c)
            return false;
        if (c->state() != CloudConnection::State::Ready) {
            QSignalSpy ready(c, &CloudConnection::ready);
            if (!ready.wait(20000))
                return false;
        }
        if (c->inventory()->isFromCache()) {
            QSignalSpy refreshed(c->inventory(), &Inventory::refreshed);
            if (!refreshed.wait(20000))
                return false;
        }
        // the tables have the listing (the diff arrives after the poll's "refreshed")
        if (!QTest::qWaitFor([this, c] {
                const qsizetype n = c->inventory()->servers().size();
                return n > 0 && window->desktops()->model()->rowCount() == n;
            }, 20000))
            return false;
        EngineSettings fast;
        fast.concurrency = 8;
        fast.actionTries = 1;
        fast.actionRetryDelayMs = 50;
        fast.waitPollMs = 100;
        fast.waitTimeoutSeconds = 30;
        fast.detectTimeoutSeconds = 1; // the demo's addresses are not routable: DETECT warns fast
        fast.detectIntervalSeconds = 1;
        fast.detectConnectTimeoutMs = 200;
        c->setEngineSettings(fast);
        c->inventory()->setPollIntervals(1, 2);
        return true;
    }

    CloudConnection *connection() const { return connections.current(); }
    DesktopTab *tab(DesktopViews::Tab t) const { return window->desktops()->tab(t); }

    // Selects the rows of the given tab whose server matches pred; returns how many.
    template<typename Pred>
    int select(DesktopViews::Tab t, Pred pred, int max = 1000)
    {
        DesktopTab *dt = tab(t);
        QTableView *view = dt->view();
        view->clearSelection();
        int n = 0;
        for (int r = 0; r < dt->proxy()->rowCount() && n < max; ++r) {
            const QModelIndex i = dt->proxy()->index(r, 0);
            const int source = dt->proxy()->mapToSource(i).row();
            if (pred(window->desktops()->model()->serverAt(source))) {
                view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                ++n;
            }
        }
        return n;
    }

    QTemporaryDir dir;
    AppSettings settings;
    DemoCloud demo;
    quint16 port = 0;
    SecretStore secrets;
    ConnectionManager connections;
    std::unique_ptr<MainWindow> window;
};
