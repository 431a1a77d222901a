<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>RTC</source>
        <translation>RTC</translation>
    </message>
    <message>
        <source>the App ID the app passed is not valid</source>
        <translation>应用传入的 App ID 无效</translation>
    </message>
    <message>
        <source>Initialise the SDK with the project&apos;s App ID as a 32-character string.</source>
        <translation>使用项目的 App ID（32 个字符的字符串）初始化 SDK。</translation>
    </message>
    <message>
        <source>the token has expired</source>
        <translation>Token 已过期</translation>
    </message>
    <message>
        <source>Generate a new token on the server and pass it with renewToken or a new join.</source>
        <translation>在服务器上生成新的 Token，并通过 renewToken 或重新加入传入。</translation>
    </message>
    <message>
        <source>the token is not valid: a wrong App Certificate or App ID, another channel or uid, or a token where the project has no App Certificate enabled (or none where it has)</source>
        <translation>Token 无效：App 证书或 App ID 错误、频道或 uid 不同，或者项目未启用 App 证书却使用了 Token（或已启用却未使用 Token）</translation>
    </message>
    <message>
        <source>Build the token with the same App ID, channel and uid the app joins with, signed with the project&apos;s App Certificate.</source>
        <translation>使用与应用加入时相同的 App ID、频道和 uid 生成 Token，并用项目的 App 证书签名。</translation>
    </message>
    <message>
        <source>RTC Web</source>
        <translation>RTC Web</translation>
    </message>
    <message>
        <source>Generate a new token on the server and join again with it.</source>
        <translation>在服务器上生成新的 Token，并用它重新加入。</translation>
    </message>
    <message>
        <source>native SDKs: switching the client role failed; Web SDK: a token was used although the project has no App Certificate enabled</source>
        <translation>原生 SDK：切换用户角色失败；Web SDK：项目未启用 App 证书却使用了 Token</translation>
    </message>
    <message>
        <source>Native: give the user a token with the publish privileges before switching to the host role; Web: enable the App Certificate or join without a token.</source>
        <translation>原生 SDK：在切换为主播角色之前，给用户一个带发流权限的 Token；Web：启用 App 证书，或不使用 Token 加入。</translation>
    </message>
    <message>
        <source>decrypting the media stream failed (another encryption key or mode), which is not a token problem</source>
        <translation>媒体流解密失败（加密密钥或模式不同），这不是 Token 的问题</translation>
    </message>
    <message>
        <source>Use the same encryption mode and key on every client in the channel.</source>
        <translation>频道内所有客户端使用相同的加密模式和密钥。</translation>
    </message>
    <message>
        <source>RTM 1.x</source>
        <translation>RTM 1.x</translation>
    </message>
    <message>
        <source>the RTM login token is not valid</source>
        <translation>RTM 登录 Token 无效</translation>
    </message>
    <message>
        <source>Build an RTM token for the exact user id the app logs in with, signed with the project&apos;s App Certificate.</source>
        <translation>为应用登录时使用的用户 ID 生成 RTM Token，并用项目的 App 证书签名。</translation>
    </message>
    <message>
        <source>the RTM login token has expired</source>
        <translation>RTM 登录 Token 已过期</translation>
    </message>
    <message>
        <source>Generate a new RTM token and log in again.</source>
        <translation>生成新的 RTM Token 并重新登录。</translation>
    </message>
    <message>
        <source>Signaling 2.x</source>
        <translation>信令 2.x</translation>
    </message>
    <message>
        <source>the token is not valid</source>
        <translation>Token 无效</translation>
    </message>
    <message>
        <source>Generate a new token and call renewToken or log in again.</source>
        <translation>生成新的 Token，然后调用 renewToken 或重新登录。</translation>
    </message>
    <message>
        <source>the SDK refused the call, which is not a token problem</source>
        <translation>SDK 拒绝了该调用，这不是 Token 的问题</translation>
    </message>
    <message>
        <source>Check the call sequence in the SDK log.</source>
        <translation>在 SDK 日志中检查调用顺序。</translation>
    </message>
</context>
</TS>
