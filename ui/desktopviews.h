#pragma once

#include "models/domain/desktoppolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class CloudConnection;
class DesktopFilterProxy;
class DesktopTab;
class DesktopTableModel;
class QComboBox;
class QLineEdit;
class QSettings;
class QWidget;

/**
 * The three desktop tables (teacher desktops, student desktops, other servers) over one shared
 * DesktopTableModel, and the filter bar that narrows all three: quick filter, state, course,
 * owner. Wires the model to the connection's Inventory (diffs), TaskEngine (task progress) and
 * catalog (image and flavor names). Resets the model only in setConnection().
 */
class DesktopViews : public QObject
{
    Q_OBJECT

public:
    enum Tab {
        Teachers,
        Students,
        Others,
        TabCount
    };

    explicit DesktopViews(QWidget *parentWidget);

    [[nodiscard]] DesktopTableModel *model() const { return m_model; }
    [[nodiscard]] DesktopTab *tab(Tab tab) const { return m_tabs[tab]; }
    [[nodiscard]] QWidget *filterBar() const { return m_filterBar; }
    [[nodiscard]] QLineEdit *quickFilter() const { return m_quickFilter; }
    [[nodiscard]] Actor actor() const { return m_actor; }

    void setConnection(CloudConnection *connection);
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);
    void retranslate();
    void clearFilters();
    /** The course the course filter shows ("" = all). */
    [[nodiscard]] QString courseFilter() const;
    void setCourseFilter(const QString &course);

Q_SIGNALS:
    void actorChanged();

private:
    void onServersChanged();
    void updateEmptyTexts();
    void updateActor();
    void updateFilterChoices();
    void applyFilters();

    QPointer<CloudConnection> m_connection;
    DesktopTableModel *m_model;
    DesktopFilterProxy *m_proxies[TabCount];
    DesktopTab *m_tabs[TabCount];
    QWidget *m_filterBar;
    QLineEdit *m_quickFilter;
    QComboBox *m_state;
    QComboBox *m_course;
    QComboBox *m_owner;
    QTimer m_clock;
    QTimer m_choicesTimer;
    Actor m_actor;
};
