#include "ui/courseeditor.h"

#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace
{
void setEditableText(QComboBox *box, const QString &text)
{
    const int i = box->findData(text);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(text);
}

QString comboValue(const QComboBox *box)
{
    const QString typed = box->currentText().trimmed();
    const int i = box->findText(typed);
    if (i >= 0 && !box->itemData(i).toString().isEmpty())
        return box->itemData(i).toString();
    return typed;
}
} // namespace

CourseEditor::CourseEditor(LessonBook *book, CloudConnection *connection, CapacitySource capacity, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_connection(connection)
    , m_capacity(std::move(capacity))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_teacher(new QLineEdit(this))
    , m_limitDates(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_capacitySpin(new QSpinBox(this))
    , m_image(new QComboBox(this))
    , m_flavor(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_template(new QLineEdit(this))
    , m_policy(new QComboBox(this))
    , m_grace(new QSpinBox(this))
    , m_classroom(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_audit(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("courseEditor"));
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_teacher->setObjectName(QStringLiteral("teacher"));
    m_limitDates->setObjectName(QStringLiteral("limitDates"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_capacitySpin->setObjectName(QStringLiteral("capacity"));
    m_image->setObjectName(QStringLiteral("image"));
    m_flavor->setObjectName(QStringLiteral("flavor"));
    m_network->setObjectName(QStringLiteral("network"));
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_template->setObjectName(QStringLiteral("template"));
    m_policy->setObjectName(QStringLiteral("policy"));
    m_grace->setObjectName(QStringLiteral("grace"));
    m_classroom->setObjectName(QStringLiteral("classroom"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_audit->setObjectName(QStringLiteral("audit"));

    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_capacitySpin->setRange(0, 10000);
    m_grace->setRange(0, 24 * 60);
    for (QComboBox *c : {m_image, m_flavor, m_network, m_protocol}) {
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
    }
    for (const char *p : {"rdp", "vnc", "spice"})
        m_protocol->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    for (EndPolicy p : {EndPolicy::Suspend, EndPolicy::Shelve, EndPolicy::Stop, EndPolicy::Delete})
        m_policy->addItem(QString(), int(p));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_audit->setWordWrap(true);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_audit->setFocusPolicy(Qt::StrongFocus); // reachable by Tab: a screen reader reads the verdict

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << qMakePair(l, text);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(m_code, QT_TR_NOOP("&Code:")), m_code);
    form->addRow(label(m_name, QT_TR_NOOP("&Name:")), m_name);
    form->addRow(label(m_teacher, QT_TR_NOOP("&Teacher:")), m_teacher);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_limitDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(label(m_limitDates, QT_TR_NOOP("&Dates:")), dates);
    form->addRow(label(m_capacitySpin, QT_TR_NOOP("C&apacity:")), m_capacitySpin);
    form->addRow(label(m_image, QT_TR_NOOP("&Image:")), m_image);
    form->addRow(label(m_flavor, QT_TR_NOOP("&Flavor:")), m_flavor);
    form->addRow(label(m_network, QT_TR_NOOP("Net&work:")), m_network);
    form->addRow(label(m_protocol, QT_TR_NOOP("&Protocol:")), m_protocol);
    form->addRow(label(m_template, QT_TR_NOOP("Na&ming template:")), m_template);
    auto *after = new QHBoxLayout;
    after->addWidget(m_policy);
    after->addWidget(m_grace);
    after->addStretch(1);
    form->addRow(label(m_policy, QT_TR_NOOP("After &lessons:")), after);
    form->addRow(label(m_classroom, QT_TR_NOOP("Class&room:")), m_classroom);
    form->addRow(label(m_audit, QT_TR_NOOP("Capacity:")), m_audit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_auditTimer.setSingleShot(true);
    m_auditTimer.setInterval(300);
    connect(&m_auditTimer, &QTimer::timeout, this, &CourseEditor::auditNow);
    for (QLineEdit *e : {m_code, m_name, m_teacher, m_template})
        connect(e, &QLineEdit::textChanged, this, &CourseEditor::onEdited);
    for (QComboBox *c : {m_image, m_flavor, m_network, m_protocol})
        connect(c, &QComboBox::currentTextChanged, this, &CourseEditor::onEdited);
    for (QComboBox *c : {m_policy, m_classroom})
        connect(c, &QComboBox::currentIndexChanged, this, &CourseEditor::onEdited);
    for (QSpinBox *s : {m_capacitySpin, m_grace})
        connect(s, &QSpinBox::valueChanged, this, &CourseEditor::onEdited);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &CourseEditor::onEdited);
    connect(m_limitDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        onEdited();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CourseEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (connection) {
        CloudCatalog *catalog = connection->catalog();
        connect(catalog, &CloudCatalog::imagesChanged, this, &CourseEditor::fillCatalog);
        connect(catalog, &CloudCatalog::flavorsChanged, this, &CourseEditor::fillCatalog);
        connect(catalog, &CloudCatalog::networksChanged, this, &CourseEditor::fillCatalog);
        connect(catalog, &CloudCatalog::limitsChanged, this, &CourseEditor::onEdited);
        if (catalog->images().isEmpty() || catalog->flavors().isEmpty())
            catalog->refreshAll();
        else
            catalog->refreshLimits();
    }
    retranslate();
    fillCatalog();
    setCourse(Course(), true);
    resize(640, 560);
}

void CourseEditor::fillCatalog()
{
    const Course current = course();
    const QSignalBlocker b1(m_image), b2(m_flavor), b3(m_network), b4(m_classroom);
    m_image->clear();
    m_flavor->clear();
    m_network->clear();
    if (m_connection) {
        const CloudCatalog *catalog = m_connection->catalog();
        for (const Image &i : catalog->images()) {
            if (i.status == QLatin1String("active"))
                m_image->addItem(i.name.isEmpty() ? i.id : i.name, i.name.isEmpty() ? i.id : i.name);
        }
        for (const Flavor &f : catalog->flavors())
            m_flavor->addItem(tr("%1 (%2 vCPU, %3, %4 GB disk)")
                                  .arg(f.name)
                                  .arg(f.vcpus)
                                  .arg(CapacityAudit::ramText(f.ramMb))
                                  .arg(f.diskGb),
                              f.name);
        for (const Network &n : catalog->networks()) {
            if (!n.external)
                m_network->addItem(n.name.isEmpty() ? n.id : n.name, n.name.isEmpty() ? n.id : n.name);
        }
    }
    m_classroom->clear();
    m_classroom->addItem(tr("(none)"), QString());
    for (const Classroom &r : m_book->snapshot().classrooms)
        m_classroom->addItem(tr("%1 (%n seat(s))", nullptr, r.seats).arg(r.name), r.name);
    setEditableText(m_image, current.image);
    setEditableText(m_flavor, current.flavor);
    setEditableText(m_network, current.network);
    m_classroom->setCurrentIndex(std::max(0, m_classroom->findData(current.classroom)));
}

void CourseEditor::setCourse(const Course &c, bool isNew)
{
    m_isNew = isNew;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_code), QSignalBlocker(m_name), QSignalBlocker(m_teacher)};
    m_code->setText(c.code);
    m_code->setReadOnly(!isNew);
    m_name->setText(c.name);
    m_teacher->setText(c.teacher);
    m_limitDates->setChecked(c.from.isValid() || c.to.isValid());
    m_from->setEnabled(m_limitDates->isChecked());
    m_to->setEnabled(m_limitDates->isChecked());
    m_from->setDate(c.from.isValid() ? c.from : QDate::currentDate());
    m_to->setDate(c.to.isValid() ? c.to : QDate::currentDate().addMonths(4));
    m_capacitySpin->setValue(c.capacity);
    setEditableText(m_image, c.image);
    setEditableText(m_flavor, c.flavor);
    setEditableText(m_network, c.network);
    setEditableText(m_protocol, c.protocol.isEmpty() ? QStringLiteral("rdp") : c.protocol);
    m_template->setText(c.nameTemplate);
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(int(c.policy))));
    m_grace->setValue(c.graceMinutes);
    m_classroom->setCurrentIndex(std::max(0, m_classroom->findData(c.classroom)));
    retranslate();
    onEdited();
}

Course CourseEditor::course() const
{
    Course c;
    if (!m_isNew) {
        if (const auto stored = m_book->snapshot().course(m_code->text().trimmed()))
            c = *stored;
    }
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.teacher = m_teacher->text().trimmed();
    c.from = m_limitDates->isChecked() ? m_from->date() : QDate();
    c.to = m_limitDates->isChecked() ? m_to->date() : QDate();
    c.capacity = m_capacitySpin->value();
    c.image = comboValue(m_image);
    c.flavor = comboValue(m_flavor);
    c.network = comboValue(m_network);
    c.protocol = comboValue(m_protocol);
    c.nameTemplate = m_template->text().trimmed();
    c.policy = EndPolicy(m_policy->currentData().toInt());
    c.graceMinutes = m_grace->value();
    c.classroom = m_classroom->currentData().toString();
    return c;
}

QStringList CourseEditor::problems() const
{
    return CourseCheck::validate(course(), m_book->snapshot(), m_isNew);
}

QString CourseEditor::auditText() const
{
    return m_audit->text();
}

void CourseEditor::onEdited()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty());
    m_auditTimer.start(); // debounced: the audit follows a short pause in typing
}

void CourseEditor::auditNow()
{
    m_auditTimer.stop();
    const Course c = course();
    if (c.flavor.isEmpty()) {
        m_audit->setText(tr("Choose a flavor to check the quota."));
        return;
    }
    const int generation = ++m_auditGeneration;
    m_auditRunning = true;
    m_audit->setText(tr("Checking the quota…"));
    const SchoolSnapshot school = m_book->snapshot();
    const CloudCapacity cloud = m_capacity ? m_capacity() : CloudCapacity();
    const int students = int(school.rosters.value(c.code).size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool hasLessons = false;
    for (const Lesson &l : school.lessons)
        hasLessons = hasLessons || l.course == c.code;
    auto *watcher = new QFutureWatcher<CapacityVerdict>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, hasLessons] {
        watcher->deleteLater();
        if (generation != m_auditGeneration)
            return; // typed on meanwhile: a newer audit is on its way
        m_auditRunning = false;
        const CapacityVerdict verdict = watcher->result();
        m_audit->setText(CourseCheck::verdictText(verdict, hasLessons));
        m_audit->setStyleSheet(verdict.fits ? QString() : QStringLiteral("color: #c5221f;"));
        Q_EMIT auditFinished(verdict);
    });
    watcher->setFuture(QtConcurrent::run([c, students, school, cloud, now] {
        return CourseCheck::auditCourse(c, students, school, cloud, now);
    }));
}

void CourseEditor::save()
{
    const QStringList list = problems();
    if (!list.isEmpty())
        return;
    Course c = course();
    m_buttons->setEnabled(false);
    m_book->write([c](LessonStore &store) mutable { return store.saveCourse(&c); }, this,
                  [this, code = c.code](const CloudError &error) {
                      m_buttons->setEnabled(true);
                      if (error) {
                          m_problems->setText(error.userMessage());
                          m_problems->setVisible(true);
                          return;
                      }
                      Q_EMIT saved(code);
                      accept();
                  });
}

void CourseEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New course") : tr("Edit course %1").arg(m_code->text()));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_limitDates->setText(tr("From"));
    m_limitDates->setToolTip(tr("Without dates the course runs whenever it has lessons."));
    m_capacitySpin->setSpecialValueText(tr("no limit"));
    m_capacitySpin->setAccessibleName(tr("Capacity: most students on the roster"));
    m_grace->setSuffix(tr(" min after the end"));
    m_grace->setAccessibleName(tr("Grace period in minutes"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_template->setToolTip(tr("Fields: {course}, {seat}, {seat:02}, {owner}"));
    m_teacher->setPlaceholderText(tr("Keystone user name"));
    m_audit->setAccessibleName(tr("Capacity audit"));
    m_problems->setAccessibleName(tr("Problems"));
    for (int i = 0; i < m_policy->count(); ++i)
        m_policy->setItemText(i, LessonText::policyName(EndPolicy(m_policy->itemData(i).toInt())));
}

void CourseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
