#pragma once

// The desktop part of the administrator's window as the app builds it (ui/desktopviews.cpp):
// one DesktopTableModel, three DesktopFilterProxy (teachers, students, other servers) and a
// DesktopTab (QTableView, sorted by name, progress delegate) for each, in a tab widget.

#include "models/items/desktopfilterproxy.h"
#include "ui/desktoptab.h"
#include "models/items/desktoptablemodel.h"

#include <QTabWidget>
#include <QTableView>

struct DesktopWindow
{
    DesktopTableModel model;
    QTabWidget tabs;
    DesktopFilterProxy *proxies[3] = {};
    DesktopTab *tab[3] = {};

    DesktopWindow()
    {
        const DesktopFilterProxy::RoleFilter roles[3] = {DesktopFilterProxy::RoleFilter::Teacher,
                                                         DesktopFilterProxy::RoleFilter::Student,
                                                         DesktopFilterProxy::RoleFilter::Other};
        const char *keys[3] = {"teacherDesktops", "studentDesktops", "otherServers"};
        for (int t = 0; t < 3; ++t) {
            proxies[t] = new DesktopFilterProxy(roles[t], &model);
            proxies[t]->setSourceModel(&model);
            tab[t] = new DesktopTab(proxies[t], QString::fromLatin1(keys[t]));
            tabs.addTab(tab[t], QString::fromLatin1(keys[t]));
        }
        tabs.setCurrentIndex(1); // the student desktops: the big table
        tabs.resize(1366, 768);
    }

    [[nodiscard]] QTableView *visibleView() const { return tab[1]->view(); }
};
