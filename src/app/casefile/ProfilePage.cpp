#include "casefile/ProfilePage.h"

#include "casefile/CaseFileDocument.h"
#include "casefile/TextBinding.h"
#include "common/Conversions.h"
#include "ui_ProfilePage.h"

using trame::Beneficiary;

namespace {

// A list typed in one field, shown "a, b", kept exactly as typed ("RSA, AR" while typing "ARE"), so that the
// field never rewrites what is being typed; the save trims the items (CaseFileView).
std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? "," : "") + items[i];
    return text;
}

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> items;
    if (text.empty())
        return items;
    std::size_t start = 0;
    for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
        items.push_back(text.substr(start, comma - start));
    items.push_back(text.substr(start));
    return items;
}

using Field = std::string Beneficiary::*;

void bindField(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, Field field)
{
    TextBinding::bind(
        edit, document, undoText, [field](const Beneficiary& b) { return b.*field; },
        [field](Beneficiary& b, const std::string& text) { b.*field = text; });
}

void bindField(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, Field field)
{
    TextBinding::bind(
        edit, document, undoText, [field](const Beneficiary& b) { return b.*field; },
        [field](Beneficiary& b, const std::string& text) { b.*field = text; });
}

void bindList(QLineEdit* edit, CaseFileDocument& document, const QString& undoText,
              std::vector<std::string> Beneficiary::*list)
{
    TextBinding::bind(
        edit, document, undoText, [list](const Beneficiary& b) { return joined(b.*list); },
        [list](Beneficiary& b, const std::string& text) { b.*list = split(text); });
}

void bindDate(DateField* edit, CaseFileDocument& document, const QString& undoText,
              const std::function<std::optional<trame::Date>&(Beneficiary&)>& field)
{
    const auto shown = [edit, &document, field] {
        Beneficiary copy = document.person();
        const auto& date = field(copy);
        edit->setDate(date ? toQDate(*date) : QDate());
    };
    edit->setReadOnly(document.isPersonReadOnly());
    shown();
    QObject::connect(edit, &DateField::dateEdited, edit, [&document, undoText, field](const QDate& date) {
        document.editPerson(undoText, [&](Beneficiary& b) { field(b) = toDate(date); });
    });
    QObject::connect(&document, &CaseFileDocument::changed, edit, [edit, shown] {
        if (!edit->hasFocus())
            shown();
    });
}

} // namespace

ProfilePage::ProfilePage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::ProfilePage>())
{
    m_ui->setupUi(this);
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_ui->birthDateEdit->setToday(toQDate(context.today));
    m_ui->consentDateEdit->setToday(toQDate(context.today));
    bindField(m_ui->firstNameEdit, document, tr("Edit the first name"), &Beneficiary::firstName);
    bindField(m_ui->lastNameEdit, document, tr("Edit the last name"), &Beneficiary::lastName);
    bindField(m_ui->phoneEdit, document, tr("Edit the phone number"), &Beneficiary::phone);
    bindField(m_ui->emailEdit, document, tr("Edit the e-mail address"), &Beneficiary::email);
    bindField(m_ui->addressEdit, document, tr("Edit the address"), &Beneficiary::address);
    bindField(m_ui->qualificationsEdit, document, tr("Edit the qualifications"), &Beneficiary::qualifications);
    bindField(m_ui->experienceEdit, document, tr("Edit the experience"), &Beneficiary::experience);
    bindList(m_ui->languagesEdit, document, tr("Edit the languages"), &Beneficiary::languages);
    bindList(m_ui->resourcesEdit, document, tr("Edit the resources"), &Beneficiary::resources);
    bindDate(m_ui->birthDateEdit, document, tr("Edit the birth date"),
             [](Beneficiary& b) -> std::optional<trame::Date>& { return b.birthDate; });
    bindDate(m_ui->consentDateEdit, document, tr("Edit the consent date"),
             [](Beneficiary& b) -> std::optional<trame::Date>& { return b.consent.date; });
    TextBinding::bind(
        m_ui->consentBasisEdit, document, tr("Edit the legal basis"),
        [](const Beneficiary& b) { return b.consent.legalBasis; },
        [](Beneficiary& b, const std::string& text) { b.consent.legalBasis = text; });
    TextBinding::bind(
        m_ui->consentInformationEdit, document, tr("Edit what the person was told"),
        [](const Beneficiary& b) { return b.consent.information; },
        [](Beneficiary& b, const std::string& text) { b.consent.information = text; });
}
