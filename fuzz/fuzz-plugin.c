/*
 * fuzz-plugin.c — the plugin loader under the sandbox (plugin/plugin.h):
 * the input is plugin text, loaded with tk_host_load_file from a temp file
 * by a host that knows the bundled surveys (for dependencies).  Small
 * limits (100k instructions, 4 MiB heap, so 128 MiB of allocation churn) keep
 * every run fast; hitting a limit is an ordinary TK_EPLUGIN, never a crash.
 */
#include "common.h"
#include "model/survey.h"
#include "plugin/plugin.h"

static tk_host *host;
static char path[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *dirs[1];
	struct tk_plugin_limits lim = {100000, (size_t)4 << 20};
	struct tk_error err;
	tk_plugin_limits_set(&lim);
	dirs[0] = TENKEN_SOURCE_DIR "/surveys";
	tk_plugin_set_bundled_dir(dirs[0]);
	if (tk_host_open(dirs, 1, &lim, &host, &err)) {
		fprintf(stderr, "fuzz-plugin: %s\n", err.message);
		abort();
	}
	fuzz_path("plugin.lua", path, sizeof path);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *params[] = {"year=2026", "kind=station"};
	struct tk_survey *s = NULL;
	struct tk_error err;
	fuzz_write(path, data, size);
	if (tk_host_load_file(host, path, NULL, 0, &s, &err) == TK_OK)
		tk_survey_free(s);
	s = NULL;
	if (size && data[0] == '-' &&
	    tk_host_load_file(host, path, params, 2, &s, &err) == TK_OK)
		tk_survey_free(s);
	return 0;
}
