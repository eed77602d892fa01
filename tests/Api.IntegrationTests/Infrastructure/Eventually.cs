namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Waits for what a background job does, up to ten seconds.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the condition did not come true within 10 seconds");
    }

    public static Task TrueAsync(Func<bool> condition) => TrueAsync(() => Task.FromResult(condition()));
}
