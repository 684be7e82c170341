using System.Diagnostics;
using System.Text;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>Runs a short command to its end, bounded by a timeout; used for probes and initdb.</summary>
internal static class ProcessRunner
{
    internal sealed record Result(int ExitCode, string Output, string Error)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>Runs the command; a command that cannot start or overruns the timeout returns exit code -1.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Result(-1, "", ex.Message);
        }

        using (process)
        {
            // Both streams are drained as they arrive so a chatty command cannot fill a pipe and stall.
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, line) => Append(output, line.Data);
            process.ErrorDataReceived += (_, line) => Append(error, line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return new Result(-1, "", $"{fileName} did not answer within {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit();
            lock (output)
            {
                lock (error)
                {
                    return new Result(process.ExitCode, output.ToString().Trim(), error.ToString().Trim());
                }
            }
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
