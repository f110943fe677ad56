/*
 * seal.h — sealed bundles for carrying returned forms on USB media or by
 * internal mail: a zip holding the files and a manifest of their SHA-256
 * digests, optionally AES-256 encrypted with a passphrase (libzip).
 *
 * Manifest (entry "tenken-seal.txt", first in the zip):
 *     tenken-seal/1                      (tenken-seal/2 with a passphrase)
 *     created <UTC time>
 *     file <sha256> <size> <name>        (one line per member; /1)
 *     file <sha256> <size> <entry> <name>                      (/2)
 *     mac <hex>                          (only with a passphrase)
 * The mac is HMAC-SHA256(passphrase, every line before it), so a bundle
 * re-packed by someone without the passphrase is refused, whether or not
 * the members themselves are encrypted.
 *
 * Without a passphrase (tenken-seal/1) each member is stored under its own
 * name.  With one (tenken-seal/2) members are stored under opaque names
 * (m0001.bin, ...), since zip headers are never encrypted and form names
 * carry division names; the real names are only in the encrypted manifest.
 * Both versions open; so do older bundles that were encrypted under real
 * names (tenken-seal/1 with a mac).
 */
#ifndef TK_SEAL_H
#define TK_SEAL_H

#include "lib/error.h"

#include <stddef.h>

#define TK_SEAL_MANIFEST "tenken-seal.txt"

/* WinZip AES derives its key with only 1,000 PBKDF2 rounds, so a
 * passphrase file must hold at least this many characters. */
#define TK_PASS_MIN_CHARS 20
/* Random bits in a passphrase made by tk_passphrase_keygen. */
#define TK_KEYGEN_BITS 160

/* Read a passphrase from a file (first line, without the line end; at most
 * 1 KiB; one shorter than TK_PASS_MIN_CHARS UTF-8 characters is refused,
 * pointing at `tenken seal keygen`).  Caller frees (and should wipe). */
int tk_passphrase_read(const char *path, char **out, struct tk_error *err);

/* Write a new passphrase file at path: TK_KEYGEN_BITS bits from the OS
 * CSPRNG in base32 (32 characters) and a line end, mode 0600.  An existing
 * path is never overwritten (TK_EIO). */
int tk_passphrase_keygen(const char *path, struct tk_error *err);

/* Write out_zip holding files (stored under their base names, which must be
 * distinct).  passphrase NULL: no encryption and no mac. */
int tk_seal_create(const char *out_zip, const char *const *files, int nfiles,
		   const char *passphrase, struct tk_error *err);

/* 1 when path is a zip whose first entry is the seal manifest. */
int tk_seal_is_sealed(const char *path);

/*
 * Verify a sealed bundle completely (manifest, mac, every digest and size,
 * no member missing or extra) and only then call fn once per member with
 * its content.  Any failure is TK_ESEAL with a message naming the bundle and
 * member ("bundle.zip: form.xlsx: digest mismatch (tampered?)"), and fn is
 * never called.  A non-zero return from fn stops and is returned.  created
 * is the manifest's created time (UTC, as written).
 */
typedef int (*tk_seal_member_fn)(void *ctx, const char *bundle,
				 const char *name, const char *created,
				 const void *data, size_t len);
int tk_seal_open(const char *path, const char *passphrase, tk_seal_member_fn fn,
		 void *ctx, struct tk_error *err);

#endif
