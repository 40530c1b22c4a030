using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrafficCqrs.Benchmarks;

/// <summary>The API as a separate process, so its start time and memory are its own.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }
    public int ProcessId => _process.Id;
    public TimeSpan StartToHealthy { get; private set; }
    public TimeSpan StartToFirstCommand { get; private set; }

    /// <summary>CPU time the API used up to its first command (user + system): steadier than wall time on a shared machine.</summary>
    public TimeSpan CpuToFirstCommand { get; private set; }

    /// <summary>Signs tokens locally when the API runs outside Development (no /api/dev/token there).</summary>
    private readonly Tokens? _tokens;

    private ApiProcess(Process process, string baseUrl, Tokens? tokens)
    {
        _process = process;
        BaseUrl = baseUrl;
        _tokens = tokens;
    }

    public static async Task<ApiProcess> Start(Options options)
    {
        var baseUrl = $"http://127.0.0.1:{options.Port}";
        using (var probe = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(1) })
        {
            try
            {
                await probe.GetAsync("/health");
                throw new InvalidOperationException($"Something already answers on {baseUrl}: stop it first.");
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
        }
        var info = new ProcessStartInfo("dotnet", [options.ApiDll, "--urls", baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(options.ApiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        Tokens? tokens = null;
        if (options.Environment != "Development")
        {
            // As in production: a real key from configuration, tokens signed with it by the caller.
            var key = Tokens.NewKey();
            info.Environment["Auth__SigningKey"] = key;
            tokens = new Tokens(key);
        }
        info.Environment["Demo__Seed"] = "false";
        info.Environment["ConnectionStrings__Traffic"] = options.ConnectionString;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Load from one test client is not abuse: lift the per-caller rate limit for the run.
        info.Environment["Limits__PermitsPerWindow"] = "100000000";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("api: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("api: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, baseUrl, tokens);

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException("The API exited during start.");
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(20);
        }
        api.StartToHealthy = clock.Elapsed;

        var client = await api.Client("bench.clerk", "clerk", "610100");
        var first = await client.PostAsJsonAsync("/api/cases",
            new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() });
        first.EnsureSuccessStatusCode();
        api.StartToFirstCommand = clock.Elapsed;
        api.CpuToFirstCommand = api.CpuTime();
        return api;
    }

    public async Task<HttpClient> Client(string user, string role, string office)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
        {
            BaseAddress = new Uri(BaseUrl),
        };
        if (_tokens is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.Issue(user, role, office));
            return http;
        }
        var token = await http.PostAsJsonAsync("/api/dev/token", new { user, roles = new[] { role }, office, counter = "W01" });
        token.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        http.DefaultRequestHeaders.Authorization = new("Bearer", body["accessToken"]!.GetValue<string>());
        return http;
    }

    /// <summary>
    /// What the resident memory is made of, in MB: anonymous (GC heap, JIT code, native), file
    /// (mapped assemblies and libraries, partly shared with other processes), shared memory (the
    /// runtime's double-mapped executable code).
    /// </summary>
    public (double AnonMb, double FileMb, double ShmemMb) MemoryParts()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key)).Split(':')[1].Trim().Split(' ')[0]) / 1024;
        return (Read("RssAnon"), Read("RssFile"), Read("RssShmem"));
    }

    /// <summary>User + system CPU time of the API process so far, from /proc.</summary>
    public TimeSpan CpuTime()
    {
        // Fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second on Linux), after the command name.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    /// <summary>Resident and peak memory of the API process, from /proc, in MB.</summary>
    public (double RssMb, double PeakMb) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key)).Split(':')[1].Trim().Split(' ')[0]) / 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    /// <summary>Ends the process at once, as a crash or an OOM kill would (SIGKILL).</summary>
    public async Task KillHard()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
