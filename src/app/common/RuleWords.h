#pragma once

#include "domain/Error.h"

#include <QString>

#include <string>

// A rule of the domain broken by what was typed, said in the person's language: the field it
// concerns, then the rule with its values (a day as a French reader writes it). The rules' words
// are the domain's (domain/RuleText.h); their French is in the translation, context
// "trame::rules", and a test fails while one has none.
namespace RuleWords {

// « Date de sortie : avant l’entrée dans le parcours, le 02/01/2026 » — empty when the error
// names no rule.
QString of(const trame::Error& error);
// The field a path such as "periods[0].exit.date" names, empty when it is not one a person fills in.
QString fieldOf(const std::string& path);
// The rule's template in the person's language, its values not yet put in.
QString ruleOf(const std::string& rule);

} // namespace RuleWords
