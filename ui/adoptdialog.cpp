#include "ui/adoptdialog.h"

#include "models/domain/desktoprole.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AdoptDialog::AdoptDialog(const QList<Server> &servers, const QStringList &courses, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_what(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_course(new QComboBox(this))
    , m_seat(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("adoptDialog"));
    setWindowTitle(tr("Adopt as Phoenix desktops"));
    QStringList names;
    for (const Server &s : servers)
        names << s.name;
    m_what->setWordWrap(true);
    m_what->setText(tr("Phoenix will manage %n server(s) as desktops: %1", nullptr, int(servers.size()))
                        .arg(names.join(QStringLiteral(", "))));
    for (const DesktopRole role : {DesktopRole::Student, DesktopRole::Teacher})
        m_role->addItem(DesktopRoles::desktopName(role), DesktopRoles::key(role));
    m_owner->setPlaceholderText(servers.size() > 1 ? tr("empty: nobody yet") : tr("Keystone user or roster name"));
    m_course->setEditable(true);
    m_course->addItems(courses);
    m_course->setCurrentText(QString());
    m_seat->setRange(0, 999);
    m_seat->setSpecialValueText(tr("none"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(servers.size() > 1 ? tr("&First seat:") : tr("&Seat:"), m_seat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Adopt"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<QPair<QString, QMap<QString, QString>>> AdoptDialog::metadata() const
{
    QList<QPair<QString, QMap<QString, QString>>> out;
    int seat = m_seat->value();
    for (const Server &s : m_servers) {
        QMap<QString, QString> meta;
        meta.insert(QString::fromLatin1(PhoenixMeta::Role), m_role->currentData().toString());
        const QString course = m_course->currentText().trimmed();
        meta.insert(QString::fromLatin1(PhoenixMeta::Type), course.isEmpty() ? QStringLiteral("static") : QStringLiteral("course"));
        if (!course.isEmpty())
            meta.insert(QString::fromLatin1(PhoenixMeta::Course), course);
        if (!m_owner->text().trimmed().isEmpty())
            meta.insert(QString::fromLatin1(PhoenixMeta::Owner), m_owner->text().trimmed());
        if (seat > 0)
            meta.insert(QString::fromLatin1(PhoenixMeta::Seat), QString::number(seat++));
        out << qMakePair(s.id, meta);
    }
    return out;
}
