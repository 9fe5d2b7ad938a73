#pragma once

#include "common/CaseFileSection.h"
#include "common/PaperOutput.h"
#include "domain/Account.h"
#include "domain/Appointment.h"
#include "domain/Date.h"
#include "domain/Result.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class AgendaPage;
}
namespace trame::services {
class Actor;
class Agenda;
class Appointments;
class CaseFiles;
class Documents;
} // namespace trame::services
class AgendaModel;
class ColumnPreferences;
class DocumentActions;
class DueListModel;
class QTableView;

// The Agenda place: a counsellor's day or week of appointments and their "À faire" list; a
// supervisor picks the counsellor. Page Up / Page Down move by a day or a week, Enter opens the
// case file where the work is (Suivi for an appointment). The counsellor plans, qualifies or moves
// an appointment from here, exports their appointments to their own calendar, and sets how long
// before an appointment Trame reminds them.
class AgendaPage : public QWidget {
    Q_OBJECT
public:
    struct Services {
        trame::services::Agenda& agenda;
        trame::services::Appointments& appointments;
        trame::services::CaseFiles& caseFiles;
        trame::services::Documents& documents;
        const trame::services::Actor& actor;
    };
    // `counsellors`: those a supervisor may pick; empty for a counsellor, who sees their own.
    AgendaPage(Services services, const std::vector<trame::Account>& counsellors, QWidget* parent = nullptr);
    ~AgendaPage() override;

    // Reads the days shown and the "À faire" list again.
    void refresh();
    void showDay(const trame::Date& day);
    void setWeekShown(bool week);
    void move(int steps); // by a day or a week
    trame::Date firstDay() const;
    trame::Date lastDay() const;
    std::string counsellor() const;

    QTableView* appointmentsView() const;
    QTableView* dueView() const;
    AgendaModel* appointmentsModel() const { return m_model; }
    DueListModel* dueModel() const { return m_due; }
    // Open the appointment dialog (window-modal); false when there was nothing to open it on.
    bool planAppointment();
    bool changeAppointment();
    // The letter calling the person to the chosen appointment, previewed, printed or saved.
    bool writeLetter(PaperOutput::Way way);
    bool exportCalendar();

signals:
    void openRequested(qint64 beneficiaryId, CaseFileSection section);
    // The appointments or the list changed: the sign-in line may say something else.
    void changed();
    void reminderDelayChanged(int minutes);
    void failed(const trame::Error& error);
    void message(const QString& text);

private:
    void openChosen(QTableView* view);
    void openDialog(const trame::Appointment& appointment);
    void showRange();

    std::unique_ptr<Ui::AgendaPage> m_ui;
    Services m_services;
    AgendaModel* m_model;
    DueListModel* m_due;
    ColumnPreferences* m_appointmentColumns = nullptr;
    ColumnPreferences* m_dueColumns = nullptr;
    DocumentActions* m_documents;
    trame::Date m_day; // the day shown, or the Monday of the week shown
};
