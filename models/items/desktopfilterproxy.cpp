#include "models/items/desktopfilterproxy.h"

#include "models/domain/desktoprole.h"
#include "models/items/desktoptablemodel.h"

#include <QDateTime>

namespace
{
// Natural order whatever the collator can do ("pc-2" < "pc-10"): digit runs compare as numbers,
// the text between them by the locale's collation. QCollator's numeric mode is not available for
// every locale (e.g. "C"), so the runs are split here.
int naturalCompare(const QString &a, const QString &b, const QCollator &collator)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a.at(i).isDigit();
        const bool db = b.at(j).isDigit();
        qsizetype ei = i;
        qsizetype ej = j;
        while (ei < a.size() && a.at(ei).isDigit() == da)
            ++ei;
        while (ej < b.size() && b.at(ej).isDigit() == db)
            ++ej;
        const QStringView ra = QStringView(a).mid(i, ei - i);
        const QStringView rb = QStringView(b).mid(j, ej - j);
        if (da && db) {
            QStringView na = ra;
            QStringView nb = rb;
            while (na.size() > 1 && na.front() == QLatin1Char('0'))
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == QLatin1Char('0'))
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            const int c = na.compare(nb);
            if (c != 0)
                return c;
        } else {
            const int c = collator.compare(ra, rb);
            if (c != 0)
                return c;
        }
        i = ei;
        j = ej;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
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
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setIgnorePunctuation(false);
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
    const std::optional<DesktopRole> role = DesktopRoles::of(server);
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
    if (m_state && DesktopState::kindOf(server) != *m_state)
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
    const QString ln = left.sibling(left.row(), DesktopTableModel::Name).data().toString();
    const QString rn = right.sibling(right.row(), DesktopTableModel::Name).data().toString();
    return naturalCompare(ln, rn, m_collator) < 0;
}
