#pragma once

#include <string>
#include <vector>

namespace trame {

// One line of a CSV file as a French spreadsheet opens it: cells separated by ';', a cell quoted
// when it holds a separator, a quote or a line break (quotes doubled, RFC 4180), and a cell a
// spreadsheet would take for a formula (= + - @, a tab or a carriage return first) made text by a
// leading apostrophe, so that a name typed as « =HYPERLINK(…) » is never run. Ends with CRLF.
std::string csvLine(const std::vector<std::string>& cells);

} // namespace trame
