#include "credit_code.h"

namespace yufang {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// Character to value, -1 outside the alphabet: a table, because the import asks a million times.
struct Values {
    signed char v[256];
    constexpr Values() : v{} {
        for (int i = 0; i < 256; ++i)
            v[i] = -1;
        for (int i = 0; i < 31; ++i)
            v[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
    }
};
constexpr Values kValues;

int valueOf(char c) {
    return kValues.v[static_cast<unsigned char>(c)];
}
} // namespace

char creditCodeCheckCharacter(QByteArrayView first17) {
    if (first17.size() < 17)
        return '\0';
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return '\0';
        sum += v * kWeights[i];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

bool creditCodeIsValid(QByteArrayView code) {
    if (code.size() != 18)
        return false;
    int sum = 0;
    int bad = 0; // any character outside the alphabet makes it negative
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(code[i]);
        bad |= v;
        sum += v * kWeights[i];
    }
    return bad >= 0 && code[17] == kAlphabet[(31 - sum % 31) % 31];
}

CreditCodeCheck checkCreditCode(QByteArrayView code) {
    if (code.size() != 18 || valueOf(code[17]) < 0)
        return CreditCodeCheck::Malformed;
    const char expected = creditCodeCheckCharacter(code.first(17));
    if (expected == '\0')
        return CreditCodeCheck::Malformed;
    return expected == code[17] ? CreditCodeCheck::Valid : CreditCodeCheck::BadCheckCharacter;
}

bool creditCodeDestroyedBySpreadsheet(QByteArrayView v) {
    // d.dddE+dd as Excel and LibreOffice write a long number (also E+017, and a lower-case e).
    qsizetype e = v.indexOf('E');
    if (e < 0)
        e = v.indexOf('e');
    if (e < 2 || e + 2 >= v.size() || v[1] != '.' || v[e + 1] != '+')
        return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (i != 1 && i != e && i != e + 1 && (v[i] < '0' || v[i] > '9'))
            return false;
    return true;
}

} // namespace yufang
