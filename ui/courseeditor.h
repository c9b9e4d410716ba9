#pragma once

#include "models/lessons/coursecheck.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

class CloudConnection;
class LessonBook;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * New / edit course: every field of the core (code, name, teacher, dates, capacity, image,
 * flavor, network from the cloud's catalog, protocol, naming template, end-of-lesson policy and
 * its grace, classroom). Problems are shown as they are typed (CourseCheck::validate) and OK
 * stays off until there are none. The capacity audit answers while typing: a short pause after
 * the last edit it runs on a worker thread (never in the GUI thread) and its verdict replaces the
 * previous one; a stale answer is dropped. Save writes through the LessonBook (worker thread).
 */
class CourseEditor : public QDialog
{
    Q_OBJECT

public:
    using CapacitySource = std::function<CloudCapacity()>;
    CourseEditor(LessonBook *book, CloudConnection *connection, CapacitySource capacity, QWidget *parent = nullptr);

    /** Fills the fields (isNew: the code is editable and must be unused). */
    void setCourse(const Course &course, bool isNew);
    [[nodiscard]] Course course() const; // as typed
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QString auditText() const;
    [[nodiscard]] bool auditPending() const { return m_auditTimer.isActive() || m_auditRunning; }
    /** Starts the audit now instead of after the pause (tests). */
    void auditNow();

Q_SIGNALS:
    void auditFinished(const CapacityVerdict &verdict);
    void saved(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCatalog();
    void onEdited();
    void save();

    LessonBook *m_book;
    QPointer<CloudConnection> m_connection;
    CapacitySource m_capacity;
    bool m_isNew = true;
    QTimer m_auditTimer;
    bool m_auditRunning = false;
    int m_auditGeneration = 0;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_teacher;
    QCheckBox *m_limitDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_capacitySpin;
    QComboBox *m_image;
    QComboBox *m_flavor;
    QComboBox *m_network;
    QComboBox *m_protocol;
    QLineEdit *m_template;
    QComboBox *m_policy;
    QSpinBox *m_grace;
    QComboBox *m_classroom;
    QLabel *m_problems;
    QLabel *m_audit;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels;
};
