#include "agenda/AgendaPage.h"

#include "agenda/AgendaModel.h"
#include "agenda/CalendarExport.h"
#include "agenda/DueListModel.h"
#include "agenda/ReminderWatch.h"
#include "appointments/AppointmentDialog.h"
#include "common/AppClock.h"
#include "common/ColumnPreferences.h"
#include "common/Conversions.h"
#include "common/DocumentActions.h"
#include "common/InputDialogs.h"
#include "common/SortableList.h"
#include "common/Titles.h"
#include "domain/DueWork.h"
#include "services/Agenda.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "ui_AgendaPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>

using namespace trame;

AgendaPage::AgendaPage(Services services, const std::vector<Account>& counsellors, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AgendaPage>()), m_services(services), m_model(new AgendaModel(this)),
      m_due(new DueListModel(this)), m_documents(new DocumentActions(services.documents, this)),
      m_day(AppClock::clock().today())
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel);
    SortableList::attach(m_ui->appointmentsView, m_model);
    SortableList::attach(m_ui->dueView, m_due);
    for (QTableView* view : {m_ui->appointmentsView, m_ui->dueView}) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        connect(view, &QTableView::activated, this, [this, view] { openChosen(view); });
    }
    m_appointmentColumns =
        ColumnPreferences::keep(m_ui->appointmentsView, services.actor.login(), QStringLiteral("lists/agenda"));
    m_dueColumns = ColumnPreferences::keep(m_ui->dueView, services.actor.login(), QStringLiteral("lists/due"));
    // A supervisor picks whose agenda; a counsellor's is their own.
    const bool picks = !counsellors.empty();
    m_ui->counsellorLabel->setVisible(picks);
    m_ui->counsellorBox->setVisible(picks);
    for (const Account& a : counsellors)
        m_ui->counsellorBox->addItem(qs(a.displayName), qs(a.login));
    connect(m_ui->counsellorBox, &QComboBox::currentIndexChanged, this, &AgendaPage::refresh);
    const bool plans = m_services.actor.may(Action::EditCaseFile, Scope::Own);
    m_ui->planButton->setVisible(plans);
    m_ui->changeButton->setVisible(plans);
    m_ui->reminderLabel->setVisible(plans);
    m_ui->reminderBox->setVisible(plans);
    m_ui->reminderBox->setValue(ReminderSettings::minutesFor(m_services.actor.login()));
    connect(m_ui->reminderBox, &QSpinBox::valueChanged, this, [this](int minutes) {
        ReminderSettings::setMinutesFor(m_services.actor.login(), minutes);
        emit reminderDelayChanged(minutes);
    });
    m_ui->spanBox->setCurrentIndex(1);
    connect(m_ui->spanBox, &QComboBox::currentIndexChanged, this, [this](int index) { setWeekShown(index == 1); });
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this] { showDay(AppClock::clock().today()); });
    for (auto [key, steps] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, steps = steps] { move(steps); });
    }
    connect(m_ui->planButton, &QPushButton::clicked, this, &AgendaPage::planAppointment);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &AgendaPage::changeAppointment);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openChosen(m_ui->appointmentsView); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AgendaPage::exportCalendar);
    auto* letterMenu = new QMenu(m_ui->letterButton);
    for (auto [text, way] :
         {std::pair{tr("Print pre&view…"), PaperOutput::Way::Preview},
          std::pair{tr("&Print…"), PaperOutput::Way::Print}, std::pair{tr("Save as P&DF…"), PaperOutput::Way::Pdf}})
        connect(letterMenu->addAction(text), &QAction::triggered, this, [this, way = way] { writeLetter(way); });
    m_ui->letterButton->setMenu(letterMenu);
    connect(m_documents, &DocumentActions::failed, this, &AgendaPage::failed);
    connect(m_documents, &DocumentActions::saved, this, &AgendaPage::message);
    m_day = rules::weekStart(m_day);
}

AgendaPage::~AgendaPage() = default;

QTableView* AgendaPage::appointmentsView() const
{
    return m_ui->appointmentsView;
}

QTableView* AgendaPage::dueView() const
{
    return m_ui->dueView;
}

std::string AgendaPage::counsellor() const
{
    if (m_ui->counsellorBox->count() > 0)
        return ss(m_ui->counsellorBox->currentData().toString());
    return m_services.actor.login();
}

Date AgendaPage::firstDay() const
{
    return m_day;
}

Date AgendaPage::lastDay() const
{
    return m_ui->spanBox->currentIndex() == 1 ? m_day.addDays(6) : m_day;
}

void AgendaPage::setWeekShown(bool week)
{
    m_ui->spanBox->setCurrentIndex(week ? 1 : 0);
    showDay(week ? m_day : AppClock::clock().today());
}

void AgendaPage::showDay(const Date& day)
{
    m_day = m_ui->spanBox->currentIndex() == 1 ? rules::weekStart(day) : day;
    refresh();
}

void AgendaPage::move(int steps)
{
    m_day = m_day.addDays(steps * (m_ui->spanBox->currentIndex() == 1 ? 7 : 1));
    refresh();
}

void AgendaPage::refresh()
{
    showRange();
    const std::string whose = counsellor();
    auto entries = m_services.agenda.appointments(whose, firstDay(), lastDay());
    auto due = m_services.agenda.due(whose);
    if (!entries || !due) {
        emit failed(entries ? due.error() : entries.error());
        return;
    }
    m_model->setEntries(std::move(entries).value(), AppClock::clock().localNow());
    m_due->setItems(std::move(due).value());
    m_appointmentColumns->fit();
    m_dueColumns->fit();
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
    m_ui->nothingDueLabel->setVisible(m_due->rowCount() == 0);
    m_ui->changeButton->setEnabled(m_model->rowCount() > 0);
    m_ui->openButton->setEnabled(m_model->rowCount() > 0);
    m_ui->letterButton->setEnabled(m_model->rowCount() > 0);
    if (const int next = m_model->nextRow(); next >= 0)
        SortableList::selectRow(m_ui->appointmentsView, next);
    if (m_due->rowCount() > 0)
        m_ui->dueView->selectRow(0);
    emit changed();
}

void AgendaPage::showRange()
{
    const QLocale french = locale();
    const auto long_ = [&](const Date& d) { return french.toString(toQDate(d), QLocale::LongFormat); };
    m_ui->rangeLabel->setText(m_ui->spanBox->currentIndex() == 1
                                  ? tr("Week of %1 to %2").arg(long_(firstDay()), long_(lastDay()))
                                  : long_(firstDay()));
}

void AgendaPage::openChosen(QTableView* view)
{
    const int row = SortableList::currentRow(view);
    if (view == m_ui->appointmentsView) {
        if (const AgendaEntry* entry = m_model->at(row))
            emit openRequested(entry->appointment.beneficiaryId, CaseFileSection::FollowUp);
    } else if (const DueItem* item = m_due->at(row)) {
        emit openRequested(item->beneficiaryId, DueListModel::sectionFor(item->kind));
    }
}

bool AgendaPage::planAppointment()
{
    BeneficiaryQuery mine;
    mine.counsellor = m_services.actor.login();
    mine.openOnly = true;
    mine.limit = 5000;
    auto people = m_services.caseFiles.find(mine);
    if (!people) {
        emit failed(people.error());
        return false;
    }
    QStringList names;
    for (const BeneficiarySummary& p : *people)
        names << tr("%1 %2 (no. %3)").arg(qs(p.lastName), qs(p.firstName)).arg(p.id);
    const auto chosen = InputDialogs::chooseItem(this, tr("New appointment"), tr("With whom?"), names);
    if (!chosen)
        return false;
    Appointment next;
    next.beneficiaryId = (*people)[static_cast<std::size_t>(*chosen)].id;
    next.start = {std::max(firstDay(), AppClock::clock().today()), 9 * 60};
    openDialog(next);
    return true;
}

bool AgendaPage::changeAppointment()
{
    const AgendaEntry* entry = m_model->at(SortableList::currentRow(m_ui->appointmentsView));
    if (!entry)
        return false;
    openDialog(entry->appointment);
    return true;
}

bool AgendaPage::writeLetter(PaperOutput::Way way)
{
    const AgendaEntry* entry = m_model->at(SortableList::currentRow(m_ui->appointmentsView));
    if (!entry)
        return false;
    m_documents->produce(DocumentKind::Convocation, entry->appointment.beneficiaryId, entry->appointment.id, way);
    return true;
}

void AgendaPage::openDialog(const Appointment& appointment)
{
    // Window-modal and not blocking, as on the follow-up page: the agenda shows the day stored.
    auto* dialog = new AppointmentDialog(m_services.appointments, appointment, AppClock::clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showDay(dialog->stored().start.day);
        m_ui->appointmentsView->setFocus();
    });
    dialog->open();
}

bool AgendaPage::exportCalendar()
{
    auto written = ::exportCalendar(this, m_services.agenda, counsellor(), firstDay());
    if (!written) {
        emit failed(written.error());
        return false;
    }
    if (!written->isEmpty())
        emit message(*written);
    return !written->isEmpty();
}
