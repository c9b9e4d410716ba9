#include "ui/createdesktopdialog.h"

#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/domain/desktopstate.h"
#include "models/engine/taskengine.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QString flavorText(const Flavor &f)
{
    return CreateDesktopDialog::tr("%1 — %2 vCPU, %3 GB RAM, %4 GB disk")
        .arg(f.name)
        .arg(f.vcpus)
        .arg(QLocale().toString(f.ramMb / 1024.0, 'g', 3))
        .arg(f.diskGb);
}

QString lineText(const QString &what, const QuotaForecast::Line &line, const QString &unit = {})
{
    const QString limit = line.limit < 0 ? CreateDesktopDialog::tr("unlimited") : QString::number(line.limit) + unit;
    QString text = CreateDesktopDialog::tr("%1: %2 in use + %3 new = %4 of %5")
                       .arg(what)
                       .arg(QString::number(line.used) + unit, QString::number(line.adding) + unit,
                            QString::number(line.after()) + unit, limit);
    if (line.exceeded())
        text = QStringLiteral("<span style=\"color:#c5221f\"><b>%1</b></span>").arg(text.toHtmlEscaped());
    else
        text = text.toHtmlEscaped();
    return text;
}
} // namespace

CreateDesktopDialog::CreateDesktopDialog(CloudConnection *connection, const QList<Server> &existing, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_existing(existing)
    , m_role(new QComboBox(this))
    , m_course(new QComboBox(this))
    , m_image(new QComboBox(this))
    , m_flavor(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_oneOwner(new QRadioButton(this))
    , m_byCount(new QRadioButton(this))
    , m_byRoster(new QRadioButton(this))
    , m_owner(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_roster(new QPlainTextEdit(this))
    , m_loadCsv(new QPushButton(this))
    , m_firstSeat(new QSpinBox(this))
    , m_template(new QLineEdit(this))
    , m_templateHelp(new QLabel(this))
    , m_expiresOn(new QCheckBox(this))
    , m_expires(new QDateTimeEdit(this))
    , m_preview(new QTableWidget(this))
    , m_previewHint(new QLabel(m_preview->viewport()))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createDesktopDialog"));
    m_role->setObjectName(QStringLiteral("role"));
    m_course->setObjectName(QStringLiteral("course"));
    m_course->setEditable(true);
    m_image->setObjectName(QStringLiteral("image"));
    m_flavor->setObjectName(QStringLiteral("flavor"));
    m_network->setObjectName(QStringLiteral("network"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 500);
    m_count->setValue(10);
    m_roster->setObjectName(QStringLiteral("roster"));
    m_roster->setTabChangesFocus(true);
    m_roster->setMinimumHeight(70);
    m_loadCsv->setObjectName(QStringLiteral("loadCsv"));
    m_firstSeat->setObjectName(QStringLiteral("firstSeat"));
    m_firstSeat->setRange(1, 999);
    m_template->setObjectName(QStringLiteral("nameTemplate"));
    m_template->setText(QStringLiteral("{course}-{seat:02}-{owner}"));
    m_templateHelp->setWordWrap(true);
    m_expiresOn->setObjectName(QStringLiteral("expiresOn"));
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDateTime(QDateTime::currentDateTime().addDays(120));
    m_expires->setEnabled(false);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setColumnCount(4);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setTabKeyNavigation(false);
    m_previewHint->setWordWrap(true);
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_previewHint->setForegroundRole(QPalette::PlaceholderText);
    m_previewHint->setGeometry(20, 40, 520, 120);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_quota->setObjectName(QStringLiteral("quota"));
    m_quota->setWordWrap(true);
    m_quota->setTextFormat(Qt::RichText);

    auto *group = new QButtonGroup(this);
    group->addButton(m_oneOwner);
    group->addButton(m_byCount);
    group->addButton(m_byRoster);
    m_byRoster->setChecked(true);

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << qMakePair(l, text);
        return l;
    };
    auto *what = new QFormLayout;
    what->addRow(label(m_role, QT_TR_NOOP("&Role:")), m_role);
    what->addRow(label(m_course, QT_TR_NOOP("C&ourse:")), m_course);
    what->addRow(label(m_image, QT_TR_NOOP("&Image:")), m_image);
    what->addRow(label(m_flavor, QT_TR_NOOP("&Flavor:")), m_flavor);
    what->addRow(label(m_network, QT_TR_NOOP("&Network:")), m_network);
    auto *expiresRow = new QHBoxLayout;
    expiresRow->addWidget(m_expiresOn);
    expiresRow->addWidget(m_expires, 1);
    what->addRow(label(m_expiresOn, QT_TR_NOOP("E&xpires:")), expiresRow);

    auto *who = new QGridLayout;
    who->addWidget(m_oneOwner, 0, 0);
    who->addWidget(m_owner, 0, 1);
    who->addWidget(m_byCount, 1, 0);
    who->addWidget(m_count, 1, 1, Qt::AlignLeft);
    who->addWidget(m_byRoster, 2, 0, Qt::AlignTop);
    auto *rosterBox = new QVBoxLayout;
    rosterBox->addWidget(m_roster);
    rosterBox->addWidget(m_loadCsv, 0, Qt::AlignLeft);
    who->addLayout(rosterBox, 2, 1);
    auto *naming = new QFormLayout;
    naming->addRow(label(m_firstSeat, QT_TR_NOOP("First &seat:")), m_firstSeat);
    naming->addRow(label(m_template, QT_TR_NOOP("Name &template:")), m_template);
    naming->addRow(QString(), m_templateHelp);
    who->addLayout(naming, 3, 0, 1, 2);

    auto *left = new QVBoxLayout;
    left->addLayout(what);
    left->addLayout(who);
    left->addWidget(m_problems);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_preview, 1);
    right->addWidget(m_quota);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(right, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(200);
    connect(&m_previewTimer, &QTimer::timeout, this, &CreateDesktopDialog::updatePreview);
    for (QComboBox *c : {m_role, m_image, m_flavor, m_network})
        connect(c, &QComboBox::currentIndexChanged, this, &CreateDesktopDialog::schedulePreview);
    connect(m_course, &QComboBox::currentTextChanged, this, &CreateDesktopDialog::schedulePreview);
    for (QLineEdit *e : {m_owner, m_template})
        connect(e, &QLineEdit::textChanged, this, &CreateDesktopDialog::schedulePreview);
    connect(m_roster, &QPlainTextEdit::textChanged, this, &CreateDesktopDialog::schedulePreview);
    for (QSpinBox *s : {m_count, m_firstSeat})
        connect(s, &QSpinBox::valueChanged, this, &CreateDesktopDialog::schedulePreview);
    for (QRadioButton *r : {m_oneOwner, m_byCount, m_byRoster})
        connect(r, &QRadioButton::toggled, this, &CreateDesktopDialog::schedulePreview);
    connect(m_expiresOn, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    connect(m_loadCsv, &QPushButton::clicked, this, &CreateDesktopDialog::loadCsv);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateDesktopDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (connection) {
        CloudCatalog *catalog = connection->catalog();
        connect(catalog, &CloudCatalog::imagesChanged, this, &CreateDesktopDialog::fillCatalog);
        connect(catalog, &CloudCatalog::flavorsChanged, this, &CreateDesktopDialog::fillCatalog);
        connect(catalog, &CloudCatalog::networksChanged, this, &CreateDesktopDialog::fillCatalog);
        connect(catalog, &CloudCatalog::limitsChanged, this, &CreateDesktopDialog::updateQuota);
        catalog->refreshLimits(); // the quota shown must be today's
    }
    retranslate();
    fillCatalog();
    updatePreview();
    resize(1100, 640);
}

void CreateDesktopDialog::fillCatalog()
{
    if (!m_connection)
        return;
    const CloudCatalog *catalog = m_connection->catalog();
    // What the existing desktops use most is the best first guess for new ones.
    QHash<QString, int> imageUse;
    QHash<QString, int> flavorUse;
    QHash<QString, int> networkUse;
    for (const Server &s : std::as_const(m_existing)) {
        if (s.meta(PhoenixMeta::Role).isEmpty())
            continue;
        ++imageUse[s.imageId];
        ++flavorUse[s.flavorId.isEmpty() ? s.flavorName : s.flavorId];
        for (const ServerAddress &a : s.addresses)
            ++networkUse[a.network];
    }
    auto mostUsed = [](const QHash<QString, int> &use, const QList<QPair<QString, QString>> &items, bool byText) {
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < items.size(); ++i) {
            const int n = use.value(byText ? items.at(i).second : items.at(i).first)
                + (byText ? 0 : use.value(items.at(i).second.section(QStringLiteral(" — "), 0, 0)));
            if (n > bestCount) {
                best = i;
                bestCount = n;
            }
        }
        return best;
    };
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QString>> &items, int preferred) {
        const QString current = combo->currentData().toString();
        combo->blockSignals(true);
        combo->clear();
        for (const auto &[id, text] : items)
            combo->addItem(text, id);
        const int i = combo->findData(current);
        combo->setCurrentIndex(i >= 0 ? i : qMax(0, preferred));
        combo->blockSignals(false);
    };
    QList<QPair<QString, QString>> images;
    for (const Image &i : catalog->images()) {
        if (i.status == QLatin1String("active"))
            images << qMakePair(i.id, i.name);
    }
    std::sort(images.begin(), images.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    refill(m_image, images, mostUsed(imageUse, images, false));
    QList<Flavor> sortedFlavors = catalog->flavors();
    std::sort(sortedFlavors.begin(), sortedFlavors.end(),
              [](const Flavor &a, const Flavor &b) { return std::tie(a.vcpus, a.ramMb, a.name) < std::tie(b.vcpus, b.ramMb, b.name); });
    QList<QPair<QString, QString>> flavors;
    for (const Flavor &f : std::as_const(sortedFlavors))
        flavors << qMakePair(f.id, flavorText(f));
    refill(m_flavor, flavors, mostUsed(flavorUse, flavors, false));
    QList<QPair<QString, QString>> networks;
    for (const Network &n : catalog->networks()) {
        if (!n.external)
            networks << qMakePair(n.id, n.name);
    }
    refill(m_network, networks, mostUsed(networkUse, networks, true));

    if (m_course->count() == 0)
        fillCourses();
    schedulePreview();
}

// Each course with its name (where known) and how many desktops it has: codes alone say little.
void CreateDesktopDialog::fillCourses()
{
    QHash<QString, int> desktops;
    for (const Server &s : std::as_const(m_existing)) {
        if (!s.meta(PhoenixMeta::Course).isEmpty())
            ++desktops[s.meta(PhoenixMeta::Course)];
    }
    QStringList codes = desktops.keys();
    for (auto it = m_courseNames.cbegin(); it != m_courseNames.cend(); ++it) {
        if (!codes.contains(it.key()))
            codes << it.key();
    }
    codes.sort(Qt::CaseInsensitive);
    const QString typed = m_course->currentText();
    m_course->blockSignals(true);
    m_course->clear();
    for (const QString &code : std::as_const(codes)) {
        const QString name = m_courseNames.value(code);
        const QString count = tr("%n desktop(s)", nullptr, desktops.value(code));
        m_course->addItem(name.isEmpty() ? tr("%1 (%2)", "course code (desktops)").arg(code, count)
                                         : tr("%1 — %2 (%3)", "course code — name (desktops)").arg(code, name, count),
                          code);
    }
    m_course->setCurrentIndex(-1);
    m_course->setCurrentText(typed);
    m_course->blockSignals(false);
}

void CreateDesktopDialog::setCourseNames(const QHash<QString, QString> &names)
{
    m_courseNames = names;
    const QString code = courseCode();
    fillCourses();
    if (!code.isEmpty())
        setCourse(code);
}

QString CreateDesktopDialog::courseCode() const
{
    const QString text = m_course->currentText().trimmed();
    const int i = m_course->findText(m_course->currentText());
    if (i >= 0 && !m_course->itemData(i).toString().isEmpty())
        return m_course->itemData(i).toString(); // a listed course: its code, not the label
    return text;
}

void CreateDesktopDialog::setCourse(const QString &course)
{
    const int listed = m_course->findData(course);
    if (listed >= 0)
        m_course->setCurrentIndex(listed);
    else
        m_course->setCurrentText(course);
    // adding to a class that has desktops: seats go on after the last one
    int last = 0;
    for (const Server &s : std::as_const(m_existing)) {
        if (s.meta(PhoenixMeta::Course) == course && s.meta(PhoenixMeta::Role) == m_role->currentData().toString())
            last = qMax(last, s.meta(PhoenixMeta::Seat).toInt());
    }
    m_firstSeat->setValue(last + 1);
}

void CreateDesktopDialog::setRoster(const QString &text)
{
    m_byRoster->setChecked(true);
    m_roster->setPlainText(text);
}

void CreateDesktopDialog::setCount(int count)
{
    m_byCount->setChecked(true);
    m_count->setValue(count);
}

void CreateDesktopDialog::setTemplate(const QString &nameTemplate)
{
    m_template->setText(nameTemplate);
}

void CreateDesktopDialog::setRole(DesktopRole role)
{
    const int i = m_role->findData(DesktopRoles::key(role));
    if (i >= 0)
        m_role->setCurrentIndex(i);
}

DesktopBatchRequest CreateDesktopDialog::request() const
{
    DesktopBatchRequest r;
    r.role = DesktopRoles::fromKey(m_role->currentData().toString()).value_or(DesktopRole::Student);
    r.course = courseCode();
    r.nameTemplate = m_template->text();
    r.imageId = m_image->currentData().toString();
    r.imageName = m_image->currentText();
    r.flavorId = m_flavor->currentData().toString();
    r.networkId = m_network->currentData().toString();
    r.firstSeat = m_firstSeat->value();
    if (m_expiresOn->isChecked())
        r.expires = m_expires->dateTime().toUTC();
    if (m_oneOwner->isChecked()) {
        if (!m_owner->text().trimmed().isEmpty())
            r.owners = {RosterEntry{1, m_owner->text().trimmed(), 0}};
        else
            r.count = 1;
    } else if (m_byCount->isChecked()) {
        r.count = m_count->value();
    } else {
        r.owners = DesktopNaming::parseRoster(m_roster->toPlainText()).entries;
    }
    return r;
}

void CreateDesktopDialog::schedulePreview()
{
    m_owner->setEnabled(m_oneOwner->isChecked());
    m_count->setEnabled(m_byCount->isChecked());
    m_roster->setEnabled(m_byRoster->isChecked());
    m_loadCsv->setEnabled(m_byRoster->isChecked());
    m_previewTimer.start();
}

void CreateDesktopDialog::updatePreview()
{
    m_previewTimer.stop();
    const DesktopBatchRequest req = request();
    m_plan = DesktopNaming::plan(req, m_existing);

    QStringList problems;
    if (m_byRoster->isChecked()) {
        for (const RosterProblem &p : DesktopNaming::parseRoster(m_roster->toPlainText()).problems)
            problems << p.message;
    }
    if (!m_plan.templateError.isEmpty())
        problems.prepend(m_plan.templateError);
    // "{course}-{seat:02}-{owner}" without a course and owner makes names like "01", "02"
    if (req.course.isEmpty() && req.nameTemplate.contains(QStringLiteral("{course")) && !m_plan.items.isEmpty())
        problems << tr("No course is chosen, so {course} in the name template is empty and the names come out as "
                       "“%1”. Choose a course, or a name template without {course}.")
                        .arg(m_plan.items.first().name);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    m_preview->setRowCount(int(m_plan.items.size()));
    m_previewHint->setVisible(m_plan.items.isEmpty());
    for (int row = 0; row < m_plan.items.size(); ++row) {
        const PlannedDesktop &d = m_plan.items.at(row);
        QString outcome;
        DesktopState::Kind kind = DesktopState::Shutoff;
        QString icon;
        switch (d.outcome) {
        case PlannedDesktop::Outcome::Create:
            outcome = tr("Create");
            kind = DesktopState::Creating;
            break;
        case PlannedDesktop::Outcome::SkipExists:
            outcome = tr("Skipped: exists already");
            icon = QStringLiteral(":/icons/outcome-skip.svg");
            break;
        case PlannedDesktop::Outcome::SkipOwnerHasOne:
            outcome = d.note; // "li.na already has desk-li.na; skipped."
            icon = QStringLiteral(":/icons/outcome-skip.svg");
            break;
        case PlannedDesktop::Outcome::Invalid:
            outcome = tr("Error: %1").arg(d.note);
            kind = DesktopState::Error;
            break;
        }
        const QStringList cells = {d.name, d.owner, QString::number(d.seat), outcome};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3) {
                item->setIcon(QIcon(icon.isEmpty() ? DesktopState::iconPath(kind) : icon));
                item->setForeground(DesktopState::color(kind));
                item->setToolTip(d.note);
            }
            m_preview->setItem(row, c, item);
        }
    }
    const int create = m_plan.count(PlannedDesktop::Outcome::Create);
    const int skip = m_plan.count(PlannedDesktop::Outcome::SkipExists) + m_plan.count(PlannedDesktop::Outcome::SkipOwnerHasOne);
    const int invalid = m_plan.count(PlannedDesktop::Outcome::Invalid);
    QString summary = tr("%n desktop(s) will be created", nullptr, create);
    if (skip > 0)
        summary += tr(", %n skipped because they exist already", nullptr, skip);
    if (invalid > 0)
        summary += tr(", %n with errors", nullptr, invalid);
    m_summary->setText(tr("%1.", "end of the plan summary sentence").arg(summary));
    updateQuota();
}

void CreateDesktopDialog::updateQuota()
{
    const int create = m_plan.count(PlannedDesktop::Outcome::Create);
    m_quotaExceeded = false;
    QString text;
    if (!m_connection || !m_connection->catalog()->hasLimits()) {
        text = tr("Quota: not known yet.");
    } else {
        const std::optional<Flavor> flavor = m_connection->catalog()->flavor(m_flavor->currentData().toString());
        const QuotaForecast f = QuotaForecast::of(m_connection->catalog()->limits(), flavor.value_or(Flavor{}), create);
        m_quotaExceeded = f.exceeded();
        text = tr("<b>Quota after creation</b>") + QStringLiteral("<br>") + lineText(tr("Desktops"), f.instances)
            + QStringLiteral("<br>") + lineText(tr("vCPUs"), f.cores) + QStringLiteral("<br>")
            + lineText(tr("RAM"), QuotaForecast::Line{f.ramMb.used / 1024, f.ramMb.adding / 1024,
                                                       f.ramMb.limit < 0 ? -1 : f.ramMb.limit / 1024},
                       QStringLiteral(" GB"));
        if (m_quotaExceeded)
            text += QStringLiteral("<br><span style=\"color:#c5221f\">")
                + tr("This batch does not fit the project's quota. Create fewer desktops, pick a smaller flavor, or ask for more quota.")
                      .toHtmlEscaped()
                + QStringLiteral("</span>");
    }
    m_quota->setText(text);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create %n desktop(s)", nullptr, create));
    const bool complete = !m_image->currentData().toString().isEmpty() && !m_flavor->currentData().toString().isEmpty();
    ok->setEnabled(m_connection && create > 0 && !m_quotaExceeded && complete);
}

QString CreateDesktopDialog::quotaText() const
{
    return m_quota->text();
}

QString CreateDesktopDialog::problemsText() const
{
    return m_problems->text();
}

void CreateDesktopDialog::loadCsv()
{
    auto *dialog = new QFileDialog(this, tr("Load a roster"), QString(), tr("Rosters (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            m_problems->show();
            return;
        }
        const QByteArray bytes = file.read(5 * 1024 * 1024);
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (utf8.hasError())
            text = QString::fromLocal8Bit(bytes); // e.g. GBK from a Chinese spreadsheet
        setRoster(text);
    });
    dialog->open();
}

void CreateDesktopDialog::submit()
{
    updatePreview();
    if (!m_connection)
        return;
    const QList<ServerCreateSpec> specs = m_plan.specsToCreate();
    if (specs.isEmpty() || m_quotaExceeded)
        return;
    QList<TaskSpec> tasks;
    for (const ServerCreateSpec &s : specs) {
        TaskSpec t;
        t.kind = TaskKind::Create;
        t.serverName = s.name;
        t.create = s;
        tasks << t;
    }
    const DesktopBatchRequest req = request();
    const QString title = req.course.isEmpty() ? tr("Create %n desktop(s)", nullptr, int(tasks.size()))
                                               : tr("Create %n desktop(s) for %1", nullptr, int(tasks.size())).arg(req.course);
    const QString batchId = m_connection->engine()->submitBatch(title, TaskKind::Create, tasks);
    Q_EMIT batchSubmitted(batchId);
    accept();
}

void CreateDesktopDialog::retranslate()
{
    setWindowTitle(tr("New desktops"));
    for (const auto &[l, text] : std::as_const(m_labels))
        l->setText(tr(text));
    const QString role = m_role->currentData().toString();
    m_role->blockSignals(true);
    m_role->clear();
    for (const DesktopRole r : {DesktopRole::Student, DesktopRole::Teacher})
        m_role->addItem(DesktopRoles::desktopsName(r), DesktopRoles::key(r));
    m_role->setCurrentIndex(qMax(0, m_role->findData(role)));
    m_role->blockSignals(false);
    m_oneOwner->setText(tr("One desktop &for:"));
    m_byCount->setText(tr("A n&umber of unowned desktops:"));
    m_byRoster->setText(tr("One per user of a r&oster:"));
    m_owner->setPlaceholderText(tr("user name"));
    m_roster->setPlaceholderText(tr("One user name per line, or paste CSV columns owner,seat (a header row is optional)"));
    m_roster->setAccessibleName(tr("Roster"));
    m_loadCsv->setText(tr("&Load CSV…"));
    m_templateHelp->setText(tr("Fields: {course} {seat} {seat:02} {owner} {role} {image} {index}"));
    m_expiresOn->setToolTip(tr("Desktops past this time are reclaimed by the scheduler"));
    m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Owner"), tr("Seat"), tr("What happens")});
    m_preview->setAccessibleName(tr("Preview of the desktops to create"));
    m_previewHint->setText(tr("Say who gets a desktop (one name, a number, or a roster): every name appears here, "
                              "with what already exists and will be skipped, before anything is created."));
    m_course->setToolTip(tr("Leave empty for personal (static) desktops"));
    // dates in the chosen language's form, as in the tables (a dialog is a window of its own:
    // the main window's locale does not reach it)
    setLocale(QLocale());
    m_expires->setLocale(QLocale());
    m_expires->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    if (m_course->count() > 0)
        fillCourses();
    updatePreview();
}

void CreateDesktopDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
