#pragma once

#include "domain/JsonReader.h"
#include "domain/SupportPeriod.h"

#include <nlohmann/json.hpp>

// Support periods in JSON, one spelling for the exchange file and for the bilan the database
// keeps as a document (docs/data-format.md).
namespace trame::periodjson {

nlohmann::ordered_json write(const Bilan& bilan);
nlohmann::ordered_json write(const SupportPeriod& period);

// Strict, as the rest of the format: unknown fields and wrong types fail with the path named.
Bilan readBilan(const JsonReader& in);
SupportPeriod readPeriod(const JsonReader& in);

} // namespace trame::periodjson
