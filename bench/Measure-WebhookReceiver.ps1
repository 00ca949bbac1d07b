<#
.SYNOPSIS
    Deliveries per second and answer latency of Receive-KvWebhook, against the HttpListener loop a user writes by hand
    (Test-KvWebhookSignature and ConvertFrom-KvWebhook, the work done before the answer), both with a slow pipeline.

.DESCRIPTION
    Each receiver gets the same signed deliveries from -Senders concurrent senders on loopback; the pipeline spends
    -WorkMs on each event (a CRM call). KiotViet counts a delivery as failed when it is not answered within 5 seconds,
    so the figure that matters is how many answers took longer than that. Run in a real pwsh after a build:
      dotnet pwsh ./bench/Measure-WebhookReceiver.ps1 -Manifest ./out/Debug/KiotViet/KiotViet.psd1
#>
param(
    [string] $Manifest = (Join-Path $PSScriptRoot '../out/KiotViet/KiotViet.psd1'),
    [int] $Deliveries = 300,
    [int] $Senders = 32,
    [int] $WorkMs = 200
)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest

Add-Type -TypeDefinition @'
using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

public static class BenchDeliverySender
{
    // Posts every delivery, at most `senders` at a time; returns each answer's latency in milliseconds.
    public static double[] SendAll(string url, string[] bodies, string[] signatures, int senders)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var latencies = new double[bodies.Length];
        var next = -1;
        async Task Sender()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                var watch = Stopwatch.StartNew();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(bodies[i], Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Hub-Signature", signatures[i]);
                using var response = await client.SendAsync(request).ConfigureAwait(false);
                if ((int)response.StatusCode != 200) throw new InvalidOperationException($"Delivery {i} answered {(int)response.StatusCode}.");
                latencies[i] = watch.Elapsed.TotalMilliseconds;
            }
        }
        Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(Sender))).GetAwaiter().GetResult();
        return latencies;
    }
}
'@

$secret = 'bench-webhook-secret-2026'
$key = [Text.Encoding]::UTF8.GetBytes($secret)
$bodies = [string[]]::new($Deliveries)
$signatures = [string[]]::new($Deliveries)
for ($i = 0; $i -lt $Deliveries; $i++) {
    $row = @{ Id = 1000000 + $i; Code = 'KH{0:D6}' -f $i; Name = "Khách $i"; ContactNumber = '0901{0:D6}' -f $i; ModifiedDate = '2026-12-04T10:00:00.0000000+07:00' }
    $bodies[$i] = @{ Id = [guid]::NewGuid().ToString(); Attempt = 1; Notifications = @(@{ Action = 'customer.update.500400541'; Data = @($row) }) } | ConvertTo-Json -Depth 5 -Compress
    $hash = [Security.Cryptography.HMACSHA256]::new($key).ComputeHash([Text.Encoding]::UTF8.GetBytes($bodies[$i]))
    $signatures[$i] = 'sha1=' + [Convert]::ToHexString($hash).ToLowerInvariant()
}

function Get-FreePrefix {
    $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
    "http://127.0.0.1:$port/kiotviet/"
}

$receivers = [ordered]@{
    'Receive-KvWebhook' = {
        param($manifest, $prefix, $secret, $count, $workMs)
        Import-Module $manifest
        Receive-KvWebhook -Prefix $prefix -Secret $secret -First $count -Timeout 600 -Verbose |
            ForEach-Object { Start-Sleep -Milliseconds $workMs; $_ } | Measure-Object | ForEach-Object Count
    }
    'HttpListener loop by hand' = {
        param($manifest, $prefix, $secret, $count, $workMs)
        Import-Module $manifest
        $listener = [Net.HttpListener]::new()
        $listener.Prefixes.Add($prefix)
        $listener.Start()
        Write-Verbose "Listening on $prefix." -Verbose
        $output = 0
        try {
            for ($i = 0; $i -lt $count; $i++) {
                $context = $listener.GetContext()
                $reader = [IO.StreamReader]::new($context.Request.InputStream, [Text.Encoding]::UTF8)
                $body = $reader.ReadToEnd()
                $signature = $context.Request.Headers['X-Hub-Signature']
                if (Test-KvWebhookSignature -Body $body -Signature $signature -Secret $secret) {
                    ConvertFrom-KvWebhook -Body $body -Signature $signature -Secret $secret | ForEach-Object { Start-Sleep -Milliseconds $workMs; $output++ }
                }
                $context.Response.StatusCode = 200
                $context.Response.Close()
            }
        }
        finally { $listener.Close() }
        $output
    }
}

$results = foreach ($name in $receivers.Keys) {
    $prefix = Get-FreePrefix
    $job = Start-ThreadJob -ScriptBlock $receivers[$name] -ArgumentList (Resolve-Path $Manifest).Path, $prefix, $secret, $Deliveries, $WorkMs
    while (-not ($job.Verbose | Where-Object Message -Like 'Listening on*')) {
        if ($job.State -in 'Completed', 'Failed', 'Stopped') { throw "$name did not start: $($job.Error) $($job.JobStateInfo.Reason)" }
        Start-Sleep -Milliseconds 20
    }
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $latencies = [BenchDeliverySender]::SendAll($prefix, $bodies, $signatures, $Senders)
    $answered = $watch.Elapsed.TotalSeconds
    $output = $job | Wait-Job | Receive-Job
    $done = $watch.Elapsed.TotalSeconds
    $job | Remove-Job -Force
    $sorted = $latencies | Sort-Object
    [pscustomobject]@{
        Receiver        = $name
        Deliveries      = $Deliveries
        AllAnsweredS    = [math]::Round($answered, 2)
        AnsweredPerS    = [math]::Round($Deliveries / $answered)
        LatencyP50Ms    = [math]::Round($sorted[[int]($Deliveries * 0.50)])
        LatencyP99Ms    = [math]::Round($sorted[[math]::Min($Deliveries - 1, [int]($Deliveries * 0.99))])
        LatencyMaxMs    = [math]::Round($sorted[-1])
        Over5s          = @($latencies | Where-Object { $_ -gt 5000 }).Count
        EventsOutput    = $output
        AllHandledS     = [math]::Round($done, 2)
    }
}
"$Deliveries signed deliveries from $Senders senders; the pipeline spends $WorkMs ms on each event."
$results | Format-Table -AutoSize | Out-String -Width 200
