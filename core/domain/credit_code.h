#pragma once

#include <QByteArrayView>

namespace yufang {

// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
// 0-9 and the capitals without I, O, S, V, Z; the last is a check character over the first 17
// (weights 3^(i-1) mod 31, check = 31 - sum mod 31, 31 becoming 0).
enum class CreditCodeCheck { Valid, Malformed, BadCheckCharacter };

CreditCodeCheck checkCreditCode(QByteArrayView code);
// checkCreditCode(code) == CreditCodeCheck::Valid, in one loop over the code (the register
// import asks a million times).
bool creditCodeIsValid(QByteArrayView code);
// The check character the first 17 characters call for; '\0' when they are malformed.
char creditCodeCheckCharacter(QByteArrayView first17);

// "9.13713E+17", "9.13713029458073E+17": a credit code of digits that a spreadsheet took for a
// number and saved in exponent form. Its last digits are lost for good, and every such row
// would clash with the others: the register import and `float` both refuse it.
bool creditCodeDestroyedBySpreadsheet(QByteArrayView code);

} // namespace yufang
