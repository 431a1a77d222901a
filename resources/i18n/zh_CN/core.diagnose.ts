<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>This is not a token Agora can read</source>
        <translation>这不是声网能读取的 Token</translation>
    </message>
    <message>
        <source>Spaces, quotes or line breaks were removed</source>
        <translation>已去除空格、引号或换行</translation>
    </message>
    <message>
        <source>The token was URL-encoded</source>
        <translation>Token 经过了 URL 编码</translation>
    </message>
    <message>
        <source>The Base64 alphabet or padding was changed</source>
        <translation>Base64 字符集或填充被改动过</translation>
    </message>
    <message>
        <source>The token is for another App ID</source>
        <translation>Token 属于另一个 App ID</translation>
    </message>
    <message>
        <source>The signature does not match the App Certificate</source>
        <translation>签名与 App 证书不符</translation>
    </message>
    <message>
        <source>The certificate was used with other letter case</source>
        <translation>使用证书时大小写不一致</translation>
    </message>
    <message>
        <source>The token is for another channel</source>
        <translation>Token 属于另一个频道</translation>
    </message>
    <message>
        <source>The token is for another user</source>
        <translation>Token 属于另一个用户</translation>
    </message>
    <message>
        <source>Number and text user IDs are mixed up</source>
        <translation>数字与字符串用户 ID 混用</translation>
    </message>
    <message>
        <source>The token has expired</source>
        <translation>Token 已过期</translation>
    </message>
    <message>
        <source>The token is not valid yet</source>
        <translation>Token 尚未生效</translation>
    </message>
    <message>
        <source>The token expires within seconds</source>
        <translation>Token 几秒内即将过期</translation>
    </message>
    <message>
        <source>A permission in the token has expired</source>
        <translation>Token 中的某项权限已过期</translation>
    </message>
    <message>
        <source>The token does not allow this action</source>
        <translation>Token 不允许此操作</translation>
    </message>
    <message>
        <source>The token is not for this product</source>
        <translation>Token 不适用于此产品</translation>
    </message>
    <message>
        <source>Longer than Agora&apos;s 24-hour limit</source>
        <translation>超过声网 24 小时的上限</translation>
    </message>
    <message>
        <source>A permission has no separate time limit</source>
        <translation>某项权限没有单独的有效期</translation>
    </message>
    <message>
        <source>Any user may use this token (uid 0)</source>
        <translation>任何用户都可使用此 Token（uid 0）</translation>
    </message>
    <message>
        <source>An older kind of token</source>
        <translation>旧类型的 Token</translation>
    </message>
    <message>
        <source>What the error code means</source>
        <translation>错误码的含义</translation>
    </message>
    <message>
        <source>A lifetime and an expiry time are mixed up</source>
        <translation>有效时长与过期时间混淆</translation>
    </message>
    <message>
        <source>The ConvoAI /join body does not match the token</source>
        <translation>ConvoAI /join 请求体与 Token 不符</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>{item}, {rest}</source>
        <translation>{item}、{rest}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} 或 {rest}</translation>
    </message>
    <message>
        <source>Signaling token</source>
        <translation>信令 Token</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>in lower case</source>
        <translation>全部小写</translation>
    </message>
    <message>
        <source>in upper case</source>
        <translation>全部大写</translation>
    </message>
    <message>
        <source>with every letter&apos;s case swapped</source>
        <translation>每个字母大小写互换</translation>
    </message>
    <message>
        <source>with the letters at positions {positions} in the other case</source>
        <translation>第 {positions} 位字母大小写互换</translation>
    </message>
    <message>
        <source>the string account {account!r}</source>
        <translation>字符串用户账号 {account!r}</translation>
    </message>
    <message>
        <source>the number {uid} (uid 0: Agora assigns one)</source>
        <translation>数字 {uid}（uid 0：由声网分配）</translation>
    </message>
    <message>
        <source>the number {uid}</source>
        <translation>数字 {uid}</translation>
    </message>
    <message>
        <source>app id</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>app certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>secret access key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>room uuid</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>join body</source>
        <translation>/join 请求体</translation>
    </message>
    <message>
        <source>The {field} has a character that is not valid Unicode text at position {position}; type or paste it again.</source>
        <translation>{field}在第 {position} 位有一个不是有效 Unicode 文本的字符；请重新输入或粘贴。</translation>
    </message>
    <message>
        <source>Give either the numeric uid or the string account the app used, not both.</source>
        <translation>请填写应用使用的数字 uid 或字符串用户账号，二者只填其一。</translation>
    </message>
    <message>
        <source>Unknown action {action!r}; use one of {actions}.</source>
        <translation>未知操作 {action!r}；请使用以下之一：{actions}。</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>{what} expired at {expired}, {duration} before the failure moment ({moment}).</source>
        <translation>{what}已于 {expired} 过期，比出错时刻（{moment}）早 {duration}。</translation>
    </message>
    <message>
        <source>{what} expired at {expired}, the very second of the failure.</source>
        <translation>{what}于 {expired} 过期，恰好是出错的那一秒。</translation>
    </message>
    <message>
        <source>Generate a new token, and renew it before it expires: the SDK calls onTokenPrivilegeWillExpire 30 s before, then call renewToken.</source>
        <translation>生成新的 Token，并在过期前更新：SDK 会在过期前 30 秒触发 onTokenPrivilegeWillExpire，届时调用 renewToken。</translation>
    </message>
    <message>
        <source>{what} expires {left} s after the failure moment (at {expires}): within {window} s, when the SDK asks the app to renew it.</source>
        <translation>{what}在出错时刻之后 {left} 秒（{expires}）过期：在 {window} 秒之内，此时 SDK 会要求应用更新 Token。</translation>
    </message>
    <message>
        <source>Renew the token when the SDK calls onTokenPrivilegeWillExpire, and give new tokens a longer lifetime.</source>
        <translation>在 SDK 触发 onTokenPrivilegeWillExpire 时更新 Token，并为新 Token 设置更长的有效期。</translation>
    </message>
    <message>
        <source>{parts} lasts more than 24 h; Agora caps token lifetimes at 24 h, so the server may end it earlier than the token says.</source>
        <translation>{parts} 的有效期超过 24 小时；声网将 Token 有效期上限定为 24 小时，服务器可能比 Token 所写的更早使其失效。</translation>
    </message>
    <message>
        <source>{parts} last more than 24 h; Agora caps token lifetimes at 24 h, so the server may end it earlier than the token says.</source>
        <translation>{parts} 的有效期超过 24 小时；声网将 Token 有效期上限定为 24 小时，服务器可能比 Token 所写的更早使其失效。</translation>
    </message>
    <message>
        <source>Issue tokens for at most 86400 s and renew them when the SDK asks.</source>
        <translation>签发的 Token 有效期最多 86400 秒，并在 SDK 要求时更新。</translation>
    </message>
    <message>
        <source>0, which by convention means it never expires on its own</source>
        <translation>0，按惯例表示它本身永不过期</translation>
    </message>
    <message>
        <source>0, meaning no separate limit: the token&apos;s own expiry applies</source>
        <translation>0，表示没有单独的期限：以 Token 自身的过期时间为准</translation>
    </message>
    <message>
        <source>The privilege value of {labels} is {meaning}.</source>
        <translation>{labels} 的权限值为 {meaning}。</translation>
    </message>
    <message>
        <source>Nothing to fix; set a privilege expiry if a right should end before the token.</source>
        <translation>无需修改；如果某项权限应早于 Token 结束，请设置权限过期时间。</translation>
    </message>
    <message>
        <source>The {where} has an empty uid (built for uid 0): any uid may use it.</source>
        <translation>{where}中的 uid 为空（为 uid 0 生成）：任何 uid 都可以使用它。</translation>
    </message>
    <message>
        <source>The {where} has an empty uid (built for uid 0): any uid may use it; the app used {who}.</source>
        <translation>{where}中的 uid 为空（为 uid 0 生成）：任何 uid 都可以使用它；应用使用的是{who}。</translation>
    </message>
    <message>
        <source>Nothing to fix if intended; build tokens for one uid to stop others reusing them.</source>
        <translation>如属有意则无需修改；为单个 uid 生成 Token 可防止他人重复使用。</translation>
    </message>
    <message>
        <source>No uid or account given: could not check that the {where} (for {held!r}) matches the user the app joined as.</source>
        <translation>未提供 uid 或用户账号：无法检查 {where}（对应 {held!r}）是否与应用加入时使用的用户一致。</translation>
    </message>
    <message>
        <source>the numeric uid {uid}</source>
        <translation>数字 uid {uid}</translation>
    </message>
    <message>
        <source>The {where} holds {held}, but the app used {who}; a number and a string only match when their text is the same.</source>
        <translation>{where}中是{held}，但应用使用的是{who}；数字与字符串只有在文本相同时才匹配。</translation>
    </message>
    <message>
        <source>Join with the same kind of identity the token was built for: joinChannelWithUserAccount for string accounts, joinChannel with a number for uids (or build the token with the other builder).</source>
        <translation>使用与生成 Token 时相同类型的身份加入：字符串用户账号用 joinChannelWithUserAccount，数字 uid 用 joinChannel（或改用另一种生成器生成 Token）。</translation>
    </message>
    <message>
        <source>The {where} is for {held!r}, but the app used {who}.</source>
        <translation>{where}对应 {held!r}，但应用使用的是{who}。</translation>
    </message>
    <message>
        <source>Build the token for the exact uid or account the app joins with, or join with the one in the token.</source>
        <translation>为应用加入时使用的 uid 或用户账号生成 Token，或者用 Token 中的 uid 或账号加入。</translation>
    </message>
    <message>
        <source>The signature is valid only with the App Certificate {how}: whoever built the token used the certificate with different letter case.</source>
        <translation>只有将 App 证书{how}后签名才有效：生成 Token 的一方使用的证书大小写不同。</translation>
    </message>
    <message>
        <source>Use the App Certificate exactly as the Agora Console shows it, in the token server and here; these formats sign it as text, so case matters.</source>
        <translation>在 Token 服务器和此处都按声网控制台显示的原样使用 App 证书；这些格式把证书作为文本签名，因此大小写有区别。</translation>
    </message>
    <message>
        <source>The App Certificate given does not sign this token (checked: {checked}; also tried every letter-case variant of it (up to {tries:,})).</source>
        <translation>所填的 App 证书不是此 Token 的签名证书（已检查：{checked}；还尝试了它的各种大小写组合（最多 {tries:,} 种））。</translation>
    </message>
    <message>
        <source>The App Certificate given does not sign this token (checked: {checked}).</source>
        <translation>所填的 App 证书不是此 Token 的签名证书（已检查：{checked}）。</translation>
    </message>
    <message>
        <source>Sign with the App Certificate of the project whose App ID is in the token (the primary or the enabled secondary one), and check the app is not using a token from another project.</source>
        <translation>使用 Token 中 App ID 所属项目的 App 证书（主证书或已启用的次证书）签名，并检查应用没有使用其他项目的 Token。</translation>
    </message>
    <message>
        <source>HMAC-SHA256 over the token&apos;s signed bytes with its issue time and salt</source>
        <translation>基于 Token 的签名字节及其签发时间和 salt 计算的 HMAC-SHA256</translation>
    </message>
    <message>
        <source>No App Certificate given: the signature was not checked.</source>
        <translation>未提供 App 证书：未校验签名。</translation>
    </message>
    <message>
        <source>The token was issued at {issued}, {duration} after the failure moment ({moment}): the clock of the machine that built it is ahead.</source>
        <translation>Token 签发于 {issued}，比出错时刻（{moment}）晚 {duration}：生成它的机器时钟偏快。</translation>
    </message>
    <message>
        <source>Synchronise the token server&apos;s clock (NTP) and build a new token.</source>
        <translation>同步 Token 服务器的时钟（NTP），然后生成新的 Token。</translation>
    </message>
    <message>
        <source>The token ({seconds} s, {duration})</source>
        <translation>Token（{seconds} 秒，{duration}）</translation>
    </message>
    <message>
        <source>{label} ({seconds} s, {duration})</source>
        <translation>{label}（{seconds} 秒，{duration}）</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>没有任何服务</translation>
    </message>
    <message>
        <source>{action} needs the {wanted} service, but the token holds {held}.</source>
        <translation>{action} 需要 {wanted} 服务，但 Token 中只有 {held}。</translation>
    </message>
    <message>
        <source>Build a token that includes the {product} service for this user (for example with the matching TokenBuilder2, or RTC + RTM together).</source>
        <translation>为此用户生成包含 {product} 服务的 Token（例如使用对应的 TokenBuilder2，或同时包含 RTC 与 RTM）。</translation>
    </message>
    <message>
        <source>{service} service</source>
        <translation>{service} 服务</translation>
    </message>
    <message>
        <source>{action} needs {needed}, but the {service} service has no privileges.</source>
        <translation>{action} 需要 {needed}，但 {service} 服务没有任何权限。</translation>
    </message>
    <message>
        <source>{action} needs {needed}, but the {service} service has only {held}: a subscriber token.</source>
        <translation>{action} 需要 {needed}，但 {service} 服务只有 {held}：这是观众（订阅者）Token。</translation>
    </message>
    <message>
        <source>{action} needs {needed}, but the {service} service has only {held}.</source>
        <translation>{action} 需要 {needed}，但 {service} 服务只有 {held}。</translation>
    </message>
    <message>
        <source>In the {service} service, {lapsed}, although the token is valid until {until}.</source>
        <translation>在 {service} 服务中，{lapsed}，尽管 Token 在 {until} 之前都有效。</translation>
    </message>
    <message>
        <source>Build the token with privilege expiries at least as long as the session (or 0 for no separate limit), and renew it when the SDK asks.</source>
        <translation>生成 Token 时让权限有效期至少与会话一样长（或设为 0 表示不单独限制），并在 SDK 要求时更新。</translation>
    </message>
    <message>
        <source>{privilege} lapsed at {lapsed}, {duration} before the failure moment</source>
        <translation>{privilege} 已于 {lapsed} 失效，比出错时刻早 {duration}</translation>
    </message>
    <message>
        <source>Build the token with the publisher role (role 1), or give publishAudioStream and publishVideoStream privileges.</source>
        <translation>使用主播角色（角色 1）生成 Token，或授予 publishAudioStream 和 publishVideoStream 权限。</translation>
    </message>
    <message>
        <source>Use a Chat user token for a user login, a Chat app token for server calls.</source>
        <translation>用户登录使用 Chat 用户 Token，服务端调用使用 Chat App Token。</translation>
    </message>
    <message>
        <source>Build the token with the privileges {action} needs.</source>
        <translation>生成包含 {action} 所需权限的 Token。</translation>
    </message>
    <message>
        <source>No channel name given: could not check that the token is for the channel the app joined.</source>
        <translation>未提供频道名：无法检查 Token 是否属于应用加入的频道。</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>The token is for {what} {names}, but the app used {channel!r} (they differ only in letter case or surrounding spaces).</source>
        <translation>Token 属于{what} {names}，但应用使用的是 {channel!r}（二者仅在大小写或首尾空格上不同）。</translation>
    </message>
    <message>
        <source>The token is for {what} {names}, but the app used {channel!r}.</source>
        <translation>Token 属于{what} {names}，但应用使用的是 {channel!r}。</translation>
    </message>
    <message>
        <source>Build the token for the exact {what} name the app uses ({action}); names are compared byte for byte, case and spaces included.</source>
        <translation>为应用使用的{what}名（{action}）生成 Token，名称须完全一致；名称逐字节比较，包括大小写和空格。</translation>
    </message>
    <message>
        <source>No account given: could not check that the {service} user id {user!r} is the one the app logs in with.</source>
        <translation>未提供用户账号：无法检查 {service} 用户 ID {user!r} 是否为应用登录时使用的 ID。</translation>
    </message>
    <message>
        <source>The {service} service is for user id {user!r}, but the app used {wanted!r}.</source>
        <translation>{service} 服务对应用户 ID {user!r}，但应用使用的是 {wanted!r}。</translation>
    </message>
    <message>
        <source>Build the token for the exact user id the app logs in with.</source>
        <translation>为应用登录时使用的用户 ID 生成 Token，须完全一致。</translation>
    </message>
    <message>
        <source>The token (until {until}, {duration} after the moment)</source>
        <translation>Token（至 {until}，比该时刻晚 {duration}）</translation>
    </message>
    <message>
        <source>{label} (until {until})</source>
        <translation>{label}（至 {until}）</translation>
    </message>
    <message>
        <source>{action} needs the {product} service, which a 006 token cannot hold (it carries RTC and RTM privileges only).</source>
        <translation>{action} 需要 {product} 服务，而 006 Token 无法包含该服务（它只承载 RTC 和 RTM 权限）。</translation>
    </message>
    <message>
        <source>Build a 007 token with the {product} service.</source>
        <translation>生成包含 {product} 服务的 007 Token。</translation>
    </message>
    <message>
        <source>{action} needs RTM login (1000), but this 006 token is an RTC token.</source>
        <translation>{action} 需要 RTM 登录权限（1000），但这个 006 Token 是 RTC Token。</translation>
    </message>
    <message>
        <source>{action} needs RTC privileges, but this 006 token is an RTM token.</source>
        <translation>{action} 需要 RTC 权限，但这个 006 Token 是 RTM Token。</translation>
    </message>
    <message>
        <source>Build a 006 RTM token (or, better, a 007 token).</source>
        <translation>生成 006 RTM Token（更好的做法是生成 007 Token）。</translation>
    </message>
    <message>
        <source>Build a 006 RTC token (or, better, a 007 token).</source>
        <translation>生成 006 RTC Token（更好的做法是生成 007 Token）。</translation>
    </message>
    <message>
        <source>{action} needs {needed}, but the token has only {held}.</source>
        <translation>{action} 需要 {needed}，但 Token 只有 {held}。</translation>
    </message>
    <message>
        <source>{action} needs {needed}, but the token has no privileges.</source>
        <translation>{action} 需要 {needed}，但 Token 没有任何权限。</translation>
    </message>
    <message>
        <source>{lapsed}, although the token is valid until {until}.</source>
        <translation>{lapsed}，尽管 Token 在 {until} 之前都有效。</translation>
    </message>
    <message>
        <source>Build the token with privilege expiries at least as long as the session (0 = never), and renew it when the SDK asks.</source>
        <translation>生成 Token 时让权限有效期至少与会话一样长（0 = 永不过期），并在 SDK 要求时更新。</translation>
    </message>
    <message>
        <source>RTM account (kept in the channel slot by RtmTokenBuilder)</source>
        <translation>RTM 用户账号（RtmTokenBuilder 将其放在频道字段中）</translation>
    </message>
    <message>
        <source>No {noun} given: only its CRC-32 is in a 006 token, so it and the signature could not be checked.</source>
        <translation>未提供{noun}：006 Token 中只有它的 CRC-32，因此无法检查它和签名。</translation>
    </message>
    <message>
        <source>The CRC-32 of the {slot} {channel!r} is {crc}, but the token&apos;s is {token_crc}: it was made for another {noun}.</source>
        <translation>{slot} {channel!r} 的 CRC-32 为 {crc}，但 Token 中的是 {token_crc}：它是为另一个{noun}生成的。</translation>
    </message>
    <message>
        <source>Build the token for the exact {noun} the app uses.</source>
        <translation>为应用使用的{noun}生成 Token，须完全一致。</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>No uid or account given: only its CRC-32 is in a 006 token, so it and the signature could not be checked.</source>
        <translation>未提供 uid 或用户账号：006 Token 中只有它的 CRC-32，因此无法检查它和签名。</translation>
    </message>
    <message>
        <source>The CRC-32 of {who} ({crc}) differs from the token&apos;s ({token_crc}): it was made for another uid or account.</source>
        <translation>{who} 的 CRC-32（{crc}）与 Token 中的（{token_crc}）不同：它是为另一个 uid 或用户账号生成的。</translation>
    </message>
    <message>
        <source>Build the token for the exact uid or account the app joins with.</source>
        <translation>为应用加入时使用的 uid 或用户账号生成 Token，须完全一致。</translation>
    </message>
    <message>
        <source>channel name and uid</source>
        <translation>频道名和 uid</translation>
    </message>
    <message>
        <source>HMAC-SHA256 over App ID, {slot} {channel!r}, uid {uid!r} and the privilege message; their CRC-32s match the token</source>
        <translation>基于 App ID、{slot} {channel!r}、uid {uid!r} 和权限信息计算的 HMAC-SHA256；它们的 CRC-32 与 Token 一致</translation>
    </message>
    <message>
        <source>{action} needs a {product} token, but a {name} only works for the legacy signaling SDK.</source>
        <translation>{action} 需要 {product} Token，但 {name} 只适用于旧版信令 SDK。</translation>
    </message>
    <message>
        <source>{action} needs a {product} token, but a {name} only works for joining RTC channels.</source>
        <translation>{action} 需要 {product} Token，但 {name} 只能用于加入 RTC 频道。</translation>
    </message>
    <message>
        <source>rtc-publish needs upload permission, but this DynamicKey5 in-channel permission key says &apos;0&apos; (no upload).</source>
        <translation>rtc-publish 需要上传权限，但这个 DynamicKey5 频道内权限密钥的值为 &apos;0&apos;（不允许上传）。</translation>
    </message>
    <message>
        <source>Build the in-channel permission key with permission &apos;3&apos; (audio and video upload).</source>
        <translation>使用权限 &apos;3&apos;（允许上传音频和视频）生成频道内权限密钥。</translation>
    </message>
    <message>
        <source>the channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>the numeric uid</source>
        <translation>数字 uid</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>The signature was not checked: a {name} also needs {missing}.</source>
        <translation>未校验签名：{name} 还需要 {missing}。</translation>
    </message>
    <message>
        <source>the {name} signature for account {account!r}; the key does not store the account, so another account gives this result too</source>
        <translation>用户账号 {account!r} 的 {name} 签名；密钥中不保存用户账号，因此换一个账号也会得到同样的结果</translation>
    </message>
    <message>
        <source>Check the account too: a wrong one looks the same as a wrong certificate.</source>
        <translation>同时检查用户账号：账号错误和证书错误的表现完全相同。</translation>
    </message>
    <message>
        <source>the {name} signature for channel {channel!r} and uid {uid}; the key does not store the channel and uid, so another channel and uid gives this result too</source>
        <translation>频道 {channel!r} 和 uid {uid} 的 {name} 签名；密钥中不保存频道和 uid，因此换一个频道或 uid 也会得到同样的结果</translation>
    </message>
    <message>
        <source>Check the channel and uid too: a wrong one looks the same as a wrong certificate.</source>
        <translation>同时检查频道和 uid：它们错误和证书错误的表现完全相同。</translation>
    </message>
    <message>
        <source>the {name} signature for channel {channel!r}; the key does not store the channel, so another channel gives this result too</source>
        <translation>频道 {channel!r} 的 {name} 签名；密钥中不保存频道，因此换一个频道也会得到同样的结果</translation>
    </message>
    <message>
        <source>Check the channel too: a wrong one looks the same as a wrong certificate.</source>
        <translation>同时检查频道：频道错误和证书错误的表现完全相同。</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The key (until {until}, {duration} after the moment)</source>
        <translation>密钥（至 {until}，比该时刻晚 {duration}）</translation>
    </message>
    <message>
        <source>whitespace, quotes or line breaks</source>
        <translation>空白、引号或换行</translation>
    </message>
    <message>
        <source>URL encoding</source>
        <translation>URL 编码</translation>
    </message>
    <message>
        <source>URL-safe Base64 or cut padding</source>
        <translation>URL 安全的 Base64 或截掉的填充</translation>
    </message>
    <message>
        <source>{repairs} If the app passes the token in this form, Agora rejects it.</source>
        <translation>{repairs}如果应用以这种形式传递 Token，声网会拒绝它。</translation>
    </message>
    <message>
        <source>Pass the token exactly as built, without {what}: send it in a JSON body or URL-encode it properly (encodeURIComponent), and trim what is read from files.</source>
        <translation>按生成时的原样传递 Token，避免出现：{what}。请放在 JSON 请求体中发送，或正确地进行 URL 编码（encodeURIComponent），并去除从文件读取内容的首尾空白。</translation>
    </message>
    <message>
        <source>The token was made for App ID {held!r}, but the app uses {given!r} (they differ only in letter case).</source>
        <translation>Token 是为 App ID {held!r} 生成的，但应用使用的是 {given!r}（二者仅大小写不同）。</translation>
    </message>
    <message>
        <source>The token was made for App ID {held!r}, but the app uses {given!r}.</source>
        <translation>Token 是为 App ID {held!r} 生成的，但应用使用的是 {given!r}。</translation>
    </message>
    <message>
        <source>Build the token with the App ID the app initialises the SDK with (and that project&apos;s App Certificate).</source>
        <translation>使用应用初始化 SDK 时的 App ID（以及该项目的 App 证书）生成 Token。</translation>
    </message>
    <message>
        <source>{name} ({format})</source>
        <translation>{name}（{format}）</translation>
    </message>
    <message>
        <source>This is an {name}: current SDKs still accept it, but Agora recommends AccessToken2 (007).</source>
        <translation>这是 {name}：当前的 SDK 仍然接受，但声网推荐使用 AccessToken2（007）。</translation>
    </message>
    <message>
        <source>Move the token server to the 007 builders (RtcTokenBuilder2 and friends).</source>
        <translation>将 Token 服务器迁移到 007 生成器（RtcTokenBuilder2 等）。</translation>
    </message>
    <message>
        <source>This is a {name}, a legacy key that works only with older SDKs and services; Agora recommends AccessToken2 (007).</source>
        <translation>这是 {name}，一种只适用于旧版 SDK 和服务的旧式密钥；声网推荐使用 AccessToken2（007）。</translation>
    </message>
    <message>
        <source>Build AccessToken2 (007) tokens with the TokenBuilder2 classes.</source>
        <translation>使用 TokenBuilder2 系列类生成 AccessToken2（007）Token。</translation>
    </message>
    <message>
        <source>As an RTM 1.x login error, {code} is {name} ({meaning}); give the action rtm-login to use that meaning.</source>
        <translation>作为 RTM 1.x 登录错误，{code} 是 {name}（{meaning}）；将操作设为 rtm-login 即按此含义判断。</translation>
    </message>
    <message>
        <source>Error code {code!r} is not one this tool knows, so it cannot say which finding explains it.</source>
        <translation>本工具不认识错误码 {code!r}，因此无法判断哪个问题导致了它。</translation>
    </message>
    <message>
        <source>Look the code up in the Agora error-code reference of the SDK the app uses.</source>
        <translation>在应用所用 SDK 的声网错误码文档中查找该错误码。</translation>
    </message>
    <message>
        <source>explained here by: {codes}.</source>
        <translation>此处可由以下问题解释：{codes}。</translation>
    </message>
    <message>
        <source>no token finding can explain it.</source>
        <translation>没有任何 Token 问题能解释它。</translation>
    </message>
    <message>
        <source>no finding explains it yet: give the missing context (see the notes).</source>
        <translation>暂时没有问题能解释它：请补充缺少的信息（见说明）。</translation>
    </message>
    <message>
        <source>no finding explains it: at the moment given the token had not expired, so check that moment and the clocks of the device and the token server.</source>
        <translation>没有问题能解释它：在所给时刻 Token 并未过期，请检查该时刻以及设备和 Token 服务器的时钟。</translation>
    </message>
    <message>
        <source>no finding explains it: check that the app passes this very token, that the project&apos;s App Certificate is enabled, and the App ID the app uses.</source>
        <translation>没有问题能解释它：请检查应用传递的是否正是这个 Token、项目的 App 证书是否已启用，以及应用使用的 App ID。</translation>
    </message>
    <message>
        <source>Error {code} ({product}) is {name}: {meaning}; {why}</source>
        <translation>错误 {code}（{product}）是 {name}：{meaning}；{why}</translation>
    </message>
    <message>
        <source>Copy the complete token from where it was built (no truncation, nothing added) and make sure the app passes it unchanged.</source>
        <translation>从生成处复制完整的 Token（不截断、不添加任何内容），并确保应用原样传递。</translation>
    </message>
    <message>
        <source>No action given: checked as {action}.</source>
        <translation>未指定操作：按 {action} 检查。</translation>
    </message>
    <message>
        <source>Make the agent&apos;s token for the body&apos;s channel and agent_rtc_uid (ConvoAI agent page), or correct the body.</source>
        <translation>为请求体中的频道和 agent_rtc_uid 生成智能体的 Token（ConvoAI 智能体页面），或修正请求体。</translation>
    </message>
    <message>
        <source>See the ConvoAI agent page.</source>
        <translation>请见 ConvoAI 智能体页面。</translation>
    </message>
    <message>
        <source>ACCEPTED: Agora should accept this token in this context</source>
        <translation>通过：在此情境下声网应当接受此 Token</translation>
    </message>
    <message>
        <source>REJECTED: Agora would refuse this token in this context</source>
        <translation>拒绝：在此情境下声网会拒绝此 Token</translation>
    </message>
    <message>
        <source>UNKNOWN: not enough context to tell</source>
        <translation>未知：信息不足，无法判断</translation>
    </message>
    <message>
        <source>Agora token diagnosis</source>
        <translation>声网 Token 诊断</translation>
    </message>
    <message>
        <source>{moment} (unix {unix})</source>
        <translation>{moment}（Unix {unix}）</translation>
    </message>
    <message>
        <source>{moment} (unix {unix}), now</source>
        <translation>{moment}（Unix {unix}），即现在</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Failure moment</source>
        <translation>出错时刻</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>应用使用的参数</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>account {account!r}</source>
        <translation>用户账号 {account!r}</translation>
    </message>
    <message>
        <source>uid {uid}</source>
        <translation>uid {uid}</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>given (left out of this report)</source>
        <translation>已提供（未写入本报告）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>发现的问题（{count}）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>解析出的 Token</translation>
    </message>
    <message>
        <source>(could not be decoded; {count} characters)</source>
        <translation>（无法解析；{count} 个字符）</translation>
    </message>
</context>
</TS>
