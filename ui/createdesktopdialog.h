#pragma once

#include "models/domain/desktopnaming.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QTimer>

class CloudConnection;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

/**
 * Create one desktop or a class's worth: role, course, image, flavor, network; owners from a
 * count, one name, or a pasted/CSV roster; a naming template such as {course}-{seat:02}-{owner}.
 * Before anything is sent it shows the dry run (DesktopNaming::plan): every name, which exist
 * already and are skipped, roster lines that could not be read, and the project's quota after
 * creation. Create submits one TaskEngine batch.
 */
class CreateDesktopDialog : public QDialog
{
    Q_OBJECT

public:
    CreateDesktopDialog(CloudConnection *connection, const QList<Server> &existing, QWidget *parent = nullptr);

    [[nodiscard]] DesktopBatchRequest request() const;
    [[nodiscard]] const DesktopBatchPlan &plan() const { return m_plan; }
    [[nodiscard]] QTableWidget *preview() const { return m_preview; }
    [[nodiscard]] QString quotaText() const;
    [[nodiscard]] QString problemsText() const;

    // for tests and prefills
    void setCourse(const QString &course);
    void setRoster(const QString &text);
    void setCount(int count);
    void setTemplate(const QString &nameTemplate);
    void setRole(DesktopRole role);
    /** Course names by code, shown next to the codes in the course list. */
    void setCourseNames(const QHash<QString, QString> &names);
    /** The chosen course's code (the list shows "code — name (n desktops)"). */
    [[nodiscard]] QString courseCode() const;
    /** Recomputes the preview now (it otherwise follows edits after a short pause). */
    void updatePreview();

Q_SIGNALS:
    void batchSubmitted(const QString &batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCatalog();
    void fillCourses();
    void schedulePreview();
    void loadCsv();
    void submit();
    void updateQuota();

    QPointer<CloudConnection> m_connection;
    QList<Server> m_existing;
    DesktopBatchPlan m_plan;
    QTimer m_previewTimer;

    QComboBox *m_role;
    QComboBox *m_course;
    QComboBox *m_image;
    QComboBox *m_flavor;
    QComboBox *m_network;
    QRadioButton *m_oneOwner;
    QRadioButton *m_byCount;
    QRadioButton *m_byRoster;
    QLineEdit *m_owner;
    QSpinBox *m_count;
    QPlainTextEdit *m_roster;
    QPushButton *m_loadCsv;
    QSpinBox *m_firstSeat;
    QLineEdit *m_template;
    QLabel *m_templateHelp;
    QCheckBox *m_expiresOn;
    QDateTimeEdit *m_expires;
    QTableWidget *m_preview;
    QLabel *m_previewHint;
    QLabel *m_summary;
    QLabel *m_problems;
    QLabel *m_quota;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels;
    bool m_quotaExceeded = false;
    QHash<QString, QString> m_courseNames;
};
