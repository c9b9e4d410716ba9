#include "models/items/desktopfilterproxy.h"

#include "models/domain/desktoprole.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/naturalsortkey.h"

#include <QDateTime>

namespace
{
int naturalCompare(const QString &a, const QString &b, const QCollator &collator)
{
    return NaturalSortKey::compareTexts(a, b, collator);
}
} // namespace

DesktopFilterProxy::DesktopFilterProxy(RoleFilter roleFilter, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_roleFilter(roleFilter)
{
    setSortRole(DesktopTableModel::SortRole);
    setDynamicSortFilter(true);
    updateLocale();
}

void DesktopFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_desktops = qobject_cast<DesktopTableModel *>(model);
    Q_ASSERT_X(m_desktops || !model, "DesktopFilterProxy", "the source must be a DesktopTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void DesktopFilterProxy::updateLocale()
{
    m_collator = NaturalSortKey::makeCollator(QLocale());
    invalidate();
}

void DesktopFilterProxy::refilter()
{
    invalidateRowsFilter();
}

void DesktopFilterProxy::setRoleFilter(RoleFilter filter)
{
    if (m_roleFilter == filter)
        return;
    m_roleFilter = filter;
    refilter();
}

void DesktopFilterProxy::setQuickFilter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void DesktopFilterProxy::setStateFilter(std::optional<DesktopState::Kind> kind)
{
    if (m_state == kind)
        return;
    m_state = kind;
    refilter();
}

void DesktopFilterProxy::setCourseFilter(const QString &course)
{
    if (m_course == course)
        return;
    m_course = course;
    refilter();
}

void DesktopFilterProxy::setOwnerFilter(const QString &owner)
{
    if (m_owner == owner)
        return;
    m_owner = owner;
    refilter();
}

void DesktopFilterProxy::setActor(const Actor &actor)
{
    m_actor = actor;
    m_actorSet = true;
    refilter();
}

QList<int> DesktopFilterProxy::sourceRows(const QModelIndexList &proxyIndexes) const
{
    QList<int> proxyRows;
    for (const QModelIndex &i : proxyIndexes) {
        if (i.isValid() && i.model() == this)
            proxyRows << i.row();
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (int r : std::as_const(proxyRows))
        rows << mapToSource(index(r, 0)).row();
    return rows;
}

bool DesktopFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_desktops || sourceParent.isValid())
        return false;
    const Server &server = m_desktops->serverAt(sourceRow);
    const std::optional<DesktopRole> role = m_desktops->roleAt(sourceRow); // derived once per change
    switch (m_roleFilter) {
    case RoleFilter::All:
        break;
    case RoleFilter::Teacher:
        if (role != DesktopRole::Teacher)
            return false;
        break;
    case RoleFilter::Student:
        if (role != DesktopRole::Student)
            return false;
        break;
    case RoleFilter::Other:
        if (role)
            return false;
        break;
    }
    if (m_actorSet && !DesktopPolicy::canSee(m_actor, server))
        return false;
    if (m_state && m_desktops->kindAt(sourceRow) != *m_state)
        return false;
    if (!m_course.isEmpty() && server.meta(PhoenixMeta::Course) != m_course)
        return false;
    if (!m_owner.isEmpty() && server.meta(PhoenixMeta::Owner) != m_owner)
        return false;
    if (m_words.isEmpty())
        return true;
    QStringList haystack;
    haystack.reserve(DesktopTableModel::ColumnCount + 1);
    for (int c = 0; c < DesktopTableModel::ColumnCount; ++c)
        haystack << m_desktops->index(sourceRow, c).data(Qt::DisplayRole).toString();
    haystack << server.id;
    const QString text = haystack.join(QLatin1Char('\n'));
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DesktopFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By name (the default, and every tie): the keys the model made when the rows changed
    // (issue 18: no QVariant, no collation per comparison). The model's keys follow the language
    // as this proxy's collator does (both re-read QLocale() on a language switch).
    const bool byName = left.column() == DesktopTableModel::Name && sortRole() == DesktopTableModel::SortRole;
    if (m_desktops && left.model() == m_desktops && byName) {
        const NaturalSortKey &l = m_desktops->nameKeyAt(left.row());
        const NaturalSortKey &r = m_desktops->nameKeyAt(right.row());
        if (l.isEmpty() != r.isEmpty())
            return r.isEmpty(); // empty cells last in ascending order
        return l.compare(r, m_desktops->collator()) < 0;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        // empty cells last in ascending order
        if (ls.isEmpty() != rs.isEmpty())
            return rs.isEmpty();
        const int c = naturalCompare(ls, rs, m_collator);
        if (c != 0)
            return c < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // ties: by name, naturally, so that equal states or courses list in a stable order
    if (m_desktops && left.model() == m_desktops)
        return m_desktops->nameKeyAt(left.row()).compare(m_desktops->nameKeyAt(right.row()), m_desktops->collator()) < 0;
    const QString ln = left.sibling(left.row(), DesktopTableModel::Name).data().toString();
    const QString rn = right.sibling(right.row(), DesktopTableModel::Name).data().toString();
    return naturalCompare(ln, rn, m_collator) < 0;
}
