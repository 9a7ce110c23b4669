// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/TextCodec.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringView>

#include <cstring>
#include <limits>

// CP932 conversion uses the operating system's own converter, not Qt's ICU
// codecs (QStringDecoder("windows-31j")), because (checked with Qt 6.4.2 and
// ICU 72 on Debian 12):
//  - Qt only has named legacy codecs when it is built with ICU, and the Qt
//    packages from qt.io for Windows and macOS are not; Windows, where the
//    Excel files come from, needs a native path in any case;
//  - ICU's "windows-31j" is ibm-943_P15A-2003, which swaps the control bytes
//    0x1A, 0x1C and 0x7F (0x1A decodes to U+001C), unlike Microsoft's CP932;
//  - with default flags QStringDecoder silently drops an incomplete lead byte
//    at the end of the input instead of reporting it.
// Windows: MultiByteToWideChar / WideCharToMultiByte with code page 932, which
// is by definition what Excel writes. Elsewhere: iconv "CP932" (glibc, or GNU
// libiconv on macOS), whose tables match Microsoft's byte for byte when
// decoding. Both are wrapped in two small functions below; everything else
// (BOM, detection, error lines, strict encoding) is shared.
#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <iconv.h>
#endif

namespace tsunagu::exchange {

namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");

QString displayName(Encoding encoding)
{
    return encoding == Encoding::Cp932 ? QStringLiteral("Shift_JIS (CP932)") : QStringLiteral("UTF-8");
}

#if defined(_WIN32)

static_assert(sizeof(wchar_t) == sizeof(char16_t), "Windows wide characters are UTF-16 code units");

constexpr UINT kCp932 = 932;

bool cp932Supported()
{
    return IsValidCodePage(kCp932) != 0;
}

/// The bytes as CP932, or nullopt when they hold an invalid sequence.
std::optional<QString> decodeCp932(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString();
    if (bytes.size() > std::numeric_limits<int>::max())
        return std::nullopt;
    const int inLength = int(bytes.size());
    // MB_ERR_INVALID_CHARS makes the call fail instead of substituting.
    const int outLength =
        MultiByteToWideChar(kCp932, MB_ERR_INVALID_CHARS, bytes.data(), inLength, nullptr, 0);
    if (outLength <= 0)
        return std::nullopt;
    QString out(outLength, Qt::Uninitialized);
    if (MultiByteToWideChar(kCp932, MB_ERR_INVALID_CHARS, bytes.data(), inLength,
                            reinterpret_cast<wchar_t*>(out.data()), outLength) != outLength)
        return std::nullopt;
    return out;
}

/// The text as CP932, or nullopt when a character has no CP932 form. May still
/// use a best-fit form; encodeText() checks the round trip.
std::optional<QByteArray> encodeCp932(QStringView text)
{
    if (text.isEmpty())
        return QByteArray();
    if (text.size() > std::numeric_limits<int>::max() / 2)
        return std::nullopt;
    const auto* in = reinterpret_cast<const wchar_t*>(text.utf16());
    const int inLength = int(text.size());
    BOOL usedDefault = FALSE;
    const int outLength =
        WideCharToMultiByte(kCp932, WC_NO_BEST_FIT_CHARS, in, inLength, nullptr, 0, nullptr, &usedDefault);
    if (outLength <= 0 || usedDefault)
        return std::nullopt;
    QByteArray out(outLength, Qt::Uninitialized);
    if (WideCharToMultiByte(kCp932, WC_NO_BEST_FIT_CHARS, in, inLength, out.data(), outLength, nullptr,
                            nullptr) != outLength)
        return std::nullopt;
    return out;
}

#else

#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr const char* kUtf16 = "UTF-16LE";
#else
constexpr const char* kUtf16 = "UTF-16BE";
#endif
constexpr const char* kCp932 = "CP932";

/// Owns an iconv conversion descriptor.
class IconvHandle
{
public:
    IconvHandle(const char* to, const char* from)
        : m_cd(iconv_open(to, from))
    {}
    ~IconvHandle()
    {
        if (isValid())
            iconv_close(m_cd);
    }
    IconvHandle(const IconvHandle&) = delete;
    IconvHandle& operator=(const IconvHandle&) = delete;

    bool isValid() const { return m_cd != reinterpret_cast<iconv_t>(-1); }

    /// Converts all of in into out (which must be large enough); false on an
    /// invalid or incomplete input sequence.
    bool convert(const char* in, size_t inSize, char* out, size_t& outSize) const
    {
        // iconv's signature is not const-correct; it never writes through inbuf.
        char* inPtr = const_cast<char*>(in);
        char* outPtr = out;
        size_t outLeft = outSize;
        if (iconv(m_cd, &inPtr, &inSize, &outPtr, &outLeft) == static_cast<size_t>(-1) || inSize != 0)
            return false;
        outSize -= outLeft;
        return true;
    }

private:
    iconv_t m_cd;
};

bool cp932Supported()
{
    // glibc loads converters at run time (gconv modules); a stripped-down
    // system may lack them.
    static const bool supported = [] {
        return IconvHandle(kUtf16, kCp932).isValid() && IconvHandle(kCp932, kUtf16).isValid();
    }();
    return supported;
}

/// The bytes as CP932, or nullopt when they hold an invalid sequence.
std::optional<QString> decodeCp932(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString();
    const IconvHandle converter(kUtf16, kCp932);
    if (!converter.isValid())
        return std::nullopt;
    // Every CP932 character is in the BMP and takes at least one byte, so one
    // UTF-16 code unit per input byte is always enough.
    QString out(bytes.size(), Qt::Uninitialized);
    size_t outSize = size_t(out.size()) * sizeof(char16_t);
    if (!converter.convert(bytes.data(), size_t(bytes.size()), reinterpret_cast<char*>(out.data()), outSize))
        return std::nullopt;
    out.truncate(qsizetype(outSize / sizeof(char16_t)));
    return out;
}

/// The text as CP932, or nullopt when a character has no CP932 form. glibc maps
/// a few characters by best fit (U+00A5 to 0x5C); encodeText() checks the round
/// trip.
std::optional<QByteArray> encodeCp932(QStringView text)
{
    if (text.isEmpty())
        return QByteArray();
    const IconvHandle converter(kCp932, kUtf16);
    if (!converter.isValid())
        return std::nullopt;
    // At most two bytes per UTF-16 code unit.
    QByteArray out(text.size() * 2, Qt::Uninitialized);
    size_t outSize = size_t(out.size());
    if (!converter.convert(reinterpret_cast<const char*>(text.utf16()),
                           size_t(text.size()) * sizeof(char16_t), out.data(), outSize))
        return std::nullopt;
    out.truncate(qsizetype(outSize));
    return out;
}

#endif

/// Offset of the first byte that does not start a well-formed UTF-8 sequence
/// (overlong forms, surrogates and truncated sequences included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most CSV bytes are ASCII: skip them eight at a time.
        if (n - i >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, p + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (n - i < length || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/// The 1-based line of a byte offset; LF, CRLF and a lone CR each end a line.
int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

/// Calls visit(line) for each line (without its line break) until it returns
/// true; returns the 1-based number of that line, or 0. Splitting at CR and LF is
/// safe for UTF-8, UTF-16 code units and CP932 alike: neither byte nor unit
/// occurs inside a multi-byte character.
template <typename View, typename Visit>
int findLine(View text, Visit visit)
{
    int line = 1;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && text[i] != u'\n' && text[i] != u'\r')
            continue;
        if (visit(text.sliced(start, i - start)))
            return line;
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
        ++line;
    }
    return 0;
}

int firstInvalidCp932Line(QByteArrayView bytes)
{
    const int line = findLine(bytes, [](QByteArrayView part) { return !decodeCp932(part).has_value(); });
    return line > 0 ? line : 1;
}

bool roundTripsAsCp932(QStringView text)
{
    const std::optional<QByteArray> bytes = encodeCp932(text);
    if (!bytes)
        return false;
    const std::optional<QString> back = decodeCp932(*bytes);
    return back && *back == text;
}

Error unsupportedCp932Error()
{
    return Error(Error::Kind::Generic,
                 QCoreApplication::translate("tsunagu::exchange::TextCodec",
                                             "Shift_JIS (CP932) text cannot be converted on this system."));
}

Error invalidBytesError(Encoding encoding, int line)
{
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("tsunagu::exchange::TextCodec",
                                    "The file is not valid %1 text: the first invalid byte is on line %2.")
            .arg(displayName(encoding))
            .arg(line));
}

/// Whether the bytes begin as an Excel workbook does (.xlsx is a ZIP file,
/// .xls an OLE compound file); no text file begins with these control bytes.
bool looksLikeWorkbook(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Error workbookError()
{
    return Error(Error::Kind::Invalid, QCoreApplication::translate(
                                           "tsunagu::exchange::TextCodec",
                                           "The file looks like an Excel workbook, not CSV text: save it as "
                                           "\"CSV UTF-8\" or \"CSV\" first."));
}

/// Why bytes that are neither UTF-8 nor CP932 cannot be read, recognising the
/// mistake people make most: Excel's "Unicode text".
Error undecodableError(QByteArrayView bytes, int utf8Line, int cp932Line)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate("tsunagu::exchange::TextCodec",
                                        "The file is UTF-16 text, which cannot be imported: save it as "
                                        "\"CSV UTF-8\" or \"CSV\" instead."));
    }
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("tsunagu::exchange::TextCodec",
                                    "The file is neither UTF-8 nor Shift_JIS (CP932) text: the first byte "
                                    "that is invalid as UTF-8 is on line %1, as Shift_JIS on line %2.")
            .arg(utf8Line)
            .arg(cp932Line));
}

QString decodeValidUtf8(QByteArrayView bytes)
{
    // QString::fromUtf8() would also drop a second BOM; only the first one is
    // a signature, anything after it is data.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace

std::optional<Encoding> encodingFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"auto")
        return Encoding::Auto;
    if (key == u"utf-8" || key == u"utf8")
        return Encoding::Utf8;
    if (key == u"cp932" || key == u"shift_jis" || key == u"shift-jis" || key == u"sjis" ||
        key == u"windows-31j" || key == u"ms932")
        return Encoding::Cp932;
    return std::nullopt;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Cp932:
        return QStringLiteral("cp932");
    }
    return QString();
}

Result<DecodedText> decodeText(const QByteArray& bytes, Encoding requested)
{
    const QByteArrayView all(bytes);
    const bool hasBom = all.startsWith(kUtf8Bom);
    // A workbook's first bytes may well be valid UTF-8; its rows would then
    // be reported as garbage. Recognise it before decoding.
    if (looksLikeWorkbook(all))
        return workbookError();

    if (requested == Encoding::Cp932) {
        if (!cp932Supported())
            return unsupportedCp932Error();
        std::optional<QString> text = decodeCp932(all);
        if (!text)
            return invalidBytesError(Encoding::Cp932, firstInvalidCp932Line(all));
        return DecodedText{std::move(*text), Encoding::Cp932, false};
    }

    const QByteArrayView body = hasBom ? all.sliced(kUtf8Bom.size()) : all;
    const qsizetype invalidAt = firstInvalidUtf8(body);
    if (invalidAt < 0)
        return DecodedText{decodeValidUtf8(body), Encoding::Utf8, hasBom};
    const int utf8Line = lineOfOffset(all, invalidAt + (all.size() - body.size()));
    if (requested == Encoding::Utf8 || hasBom)
        return invalidBytesError(Encoding::Utf8, utf8Line);

    if (!cp932Supported())
        return unsupportedCp932Error();
    std::optional<QString> text = decodeCp932(all);
    if (!text)
        return undecodableError(all, utf8Line, firstInvalidCp932Line(all));
    return DecodedText{std::move(*text), Encoding::Cp932, false};
}

Result<QByteArray> encodeText(const QString& text, Encoding encoding)
{
    if (encoding != Encoding::Cp932)
        return text.toUtf8();
    if (!cp932Supported())
        return unsupportedCp932Error();

    if (std::optional<QByteArray> bytes = encodeCp932(text)) {
        const std::optional<QString> back = decodeCp932(*bytes);
        if (back && *back == text)
            return std::move(*bytes);
    }

    // Find the first character without an exact CP932 form: its line first,
    // then the character within that line.
    char32_t badCodePoint = 0;
    QString badCharacter;
    const int line = findLine(QStringView(text), [&](QStringView part) {
        if (roundTripsAsCp932(part))
            return false;
        for (qsizetype i = 0; i < part.size();) {
            const qsizetype length =
                part[i].isHighSurrogate() && i + 1 < part.size() && part[i + 1].isLowSurrogate() ? 2 : 1;
            const QStringView character = part.sliced(i, length);
            if (!roundTripsAsCp932(character)) {
                badCodePoint = length == 2 ? QChar::surrogateToUcs4(part[i], part[i + 1]) : part[i].unicode();
                // A lone surrogate cannot be shown; show the replacement character.
                badCharacter = part[i].isSurrogate() && length == 1 ? QString(QChar::ReplacementCharacter)
                                                                    : character.toString();
                return true;
            }
            i += length;
        }
        return false;
    });
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("tsunagu::exchange::TextCodec",
                                    "The character \"%1\" (U+%2) on line %3 has no Shift_JIS (CP932) form.")
            .arg(badCharacter, QString::number(quint32(badCodePoint), 16).toUpper().rightJustified(4, u'0'),
                 QString::number(line > 0 ? line : 1)));
}

} // namespace tsunagu::exchange
