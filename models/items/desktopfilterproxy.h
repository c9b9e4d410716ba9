#pragma once

#include "models/domain/desktoppolicy.h"
#include "models/domain/desktopstate.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

class DesktopTableModel;

/**
 * One tab's view of DesktopTableModel: teacher desktops, student desktops or other servers;
 * narrowed by the quick filter (every word must appear in some column), by state, course and
 * owner, and by what the signed-in actor may see. Sorts naturally ("pc-2" before "pc-10") and
 * by the locale's collation, using the model's typed SortRole.
 */
class DesktopFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class RoleFilter {
        All,
        Teacher,
        Student,
        Other // servers without Phoenix metadata
    };

    explicit DesktopFilterProxy(RoleFilter roleFilter = RoleFilter::All, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    [[nodiscard]] RoleFilter roleFilter() const { return m_roleFilter; }
    void setRoleFilter(RoleFilter filter);
    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_words.join(QLatin1Char(' ')); }
    void setStateFilter(std::optional<DesktopState::Kind> kind);
    void setCourseFilter(const QString &course); // "" = any
    void setOwnerFilter(const QString &owner);   // "" = any
    /** Members see only what DesktopPolicy::canSee allows. */
    void setActor(const Actor &actor);
    /** Re-reads the collator's locale (language switch). */
    void updateLocale();

    /** The source rows of the given proxy indexes (any column), unique and in view order. */
    [[nodiscard]] QList<int> sourceRows(const QModelIndexList &proxyIndexes) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    DesktopTableModel *m_desktops = nullptr;
    RoleFilter m_roleFilter;
    QStringList m_words;
    std::optional<DesktopState::Kind> m_state;
    QString m_course;
    QString m_owner;
    Actor m_actor;
    bool m_actorSet = false;
    QCollator m_collator;
};
