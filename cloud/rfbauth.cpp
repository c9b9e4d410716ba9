#include "cloud/rfbclient.h"

// OpenSSL 3 keeps the single-DES primitives in libcrypto (deprecated, not in the default EVP
// provider); VNC authentication needs exactly them, nothing else of DES.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/des.h>

#include <cstring>

QByteArray Rfb::vncAuthResponse(const QByteArray &challenge, const QByteArray &password)
{
    // The key: the password's first 8 bytes (zero-padded), each byte's bits in reverse order
    // (RFB's historical quirk).
    DES_cblock key;
    for (int i = 0; i < 8; ++i) {
        const uchar c = i < password.size() ? uchar(password[i]) : 0;
        uchar r = 0;
        for (int b = 0; b < 8; ++b)
            if (c & (1 << b))
                r |= uchar(0x80 >> b);
        key[i] = r;
    }
    DES_key_schedule schedule;
    DES_set_key_unchecked(&key, &schedule);
    QByteArray response(16, '\0');
    for (int block = 0; block < 2; ++block) {
        DES_cblock in, out;
        for (int i = 0; i < 8; ++i)
            in[i] = block * 8 + i < challenge.size() ? uchar(challenge[block * 8 + i]) : 0;
        DES_ecb_encrypt(&in, &out, &schedule, DES_ENCRYPT);
        std::memcpy(response.data() + block * 8, out, 8);
    }
    OPENSSL_cleanse(&schedule, sizeof schedule);
    OPENSSL_cleanse(key, sizeof key);
    return response;
}
