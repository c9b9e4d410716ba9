#pragma once

#include "models/items/desktopfilterproxy.h"

#include <QWidget>

class QLabel;
class QSettings;
class QTableView;

/**
 * One desktop table (teacher desktops, student desktops or other servers): a QTableView over a
 * DesktopFilterProxy with a column chooser in the header's context menu, columns that can be
 * dragged into another order, both remembered in the settings, and a placeholder when the view
 * is empty. Knows nothing about actions: it reports the selection and context-menu requests.
 */
class DesktopTab : public QWidget
{
    Q_OBJECT

public:
    DesktopTab(DesktopFilterProxy *proxy, const QString &settingsKey, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] DesktopFilterProxy *proxy() const { return m_proxy; }
    /** Source rows of the selected desktops, in view order. */
    [[nodiscard]] QList<int> selectedSourceRows() const;
    /** Visible columns in on-screen order (for the CSV export). */
    [[nodiscard]] QList<int> visibleColumns() const;
    void selectServer(const QString &serverId);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);
    /** Hidden columns for a first start (no saved state). */
    void setDefaultHiddenColumns(const QList<int> &columns);
    void setEmptyText(const QString &text) { m_emptyText = text; updatePlaceholder(); }
    /** What the empty table says now ("Loading…", "No student desktops. …", "No desktops match …"). */
    [[nodiscard]] QString placeholderText() const;
    /** Puts a bar (the shared filter bar) above the table, below the tab strip. */
    void setTopBar(QWidget *bar);
    /** Opens the column chooser menu at the given global position. */
    void chooseColumns(const QPoint &globalPos);
    void resetColumns();

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void activated(int sourceRow); // double-click / Enter on a desktop

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePlaceholder();

    DesktopFilterProxy *m_proxy;
    QString m_settingsKey;
    QTableView *m_view;
    QLabel *m_placeholder;
    QString m_emptyText;
    QList<int> m_defaultHidden;
};
