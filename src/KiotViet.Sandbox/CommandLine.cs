using System.Globalization;
using System.Net;

namespace KiotViet.Sandbox;

/// <summary>What the command line asks for: the listen URL, the shop options, and whether a non-loopback address is allowed.</summary>
internal sealed record CommandLine(string Url, SandboxOptions Options, bool AllowRemote)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string Usage = """
        Usage: dotnet run --project src/KiotViet.Sandbox -- [options]
          --urls <url>               listen address (default http://127.0.0.1:5080; port 0 picks a free port)
          --seed <n>                 seed of the generated shop (default 1)
          --customers <n>            number of customers (default 250)
          --invoices <n>             number of invoices (default 500)
          --retailer <name>[,<name>]  Retailer header value(s) it answers for (default demoshop)
          --client-id <id>           client id (default sandbox-client-id)
          --client-secret <secret>   client secret (default sandbox-client-secret)
          --token-lifetime <s>       token lifetime in seconds (default 86400)
          --get-limit <n>            GET requests per hour (default 5000)
          --validation-status <n>    status of validation errors (default 400; 420 is the alternative)
          --invoice-cancel-form <f>  JsonBody (default, documented), PathAndQuery or Both: which invoice cancel form is served
          --not-found-answer <a>     Http404 (default), KvException400, KvValidate420 or Recorded: how a missing record read by id/code is answered
          --webhook-delivery-headers <h>  SamePerAttempt (default), NewPerAttempt or None: X-Webhook-Event/X-Webhook-Delivery on deliveries
          --bulk-customer-add-path <p>  listaddcutomers (default, the doc's spelling) or listaddcustomers
          --latency <ms>             fixed delay added to every request (default 0)
          --allow-remote             allow listening on a non-loopback address
        """;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a readable message on bad input.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new SandboxOptions();
        var url = DefaultUrl;
        var allowRemote = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--allow-remote")
            {
                allowRemote = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--urls": url = value.Split(';')[0]; break;
                case "--seed": options.Seed = Number(name, value); break;
                case "--customers": options.CustomerCount = Number(name, value); break;
                case "--invoices": options.InvoiceCount = Number(name, value); break;
                case "--retailer": options.Retailer = value; break;
                case "--client-id": options.ClientId = value; break;
                case "--client-secret": options.ClientSecret = value; break;
                case "--token-lifetime": options.TokenLifetime = TimeSpan.FromSeconds(Number(name, value)); break;
                case "--get-limit": options.GetRequestsPerHour = Number(name, value); break;
                case "--validation-status": options.ValidationStatusCode = Number(name, value); break;
                case "--invoice-cancel-form": options.InvoiceCancelForm = Enum.Parse<InvoiceCancelForm>(value, ignoreCase: true); break;
                case "--not-found-answer": options.NotFoundAnswer = Enum.Parse<NotFoundAnswer>(value, ignoreCase: true); break;
                case "--webhook-delivery-headers": options.WebhookDeliveryHeaders = Enum.Parse<WebhookDeliveryHeaders>(value, ignoreCase: true); break;
                case "--bulk-customer-add-path": options.BulkCustomerAddPath = value; break;
                case "--latency": options.Latency = TimeSpan.FromMilliseconds(Number(name, value)); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        if (!allowRemote && !IsLoopback(url))
        {
            throw new ArgumentException($"Refusing to listen on {url}: not a loopback address. Add --allow-remote to expose the sandbox.");
        }

        return new CommandLine(url, options, allowRemote);
    }

    /// <summary>True for 127.x.x.x, [::1] and localhost; false for wildcards (*, +, 0.0.0.0) and other hosts.</summary>
    public static bool IsLoopback(string url)
    {
        var host = url.Replace("://*", "://wildcard.invalid").Replace("://+", "://wildcard.invalid");
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ArgumentException($"Option {name} needs a whole number, not '{value}'.");
}
