using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pixyer.Application.Common;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>Stores an enum value as its API wire name (snake_case), so the column reads as the API spells it.</summary>
internal sealed class WireNameConverter<TEnum>() : ValueConverter<TEnum, string>(value => WireNames.Of(value), name => WireNames.Parse<TEnum>(name))
    where TEnum : struct, Enum;
