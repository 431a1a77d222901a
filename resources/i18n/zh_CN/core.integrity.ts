<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Bytes the token&apos;s signature does not cover</source>
        <translation>Token 签名未覆盖的字节</translation>
    </message>
    <message>
        <source>A service appears twice; Agora keeps the last</source>
        <translation>某个服务出现了两次；声网只保留最后一个</translation>
    </message>
    <message>
        <source>A service this tool cannot read</source>
        <translation>本工具无法读取的服务</translation>
    </message>
    <message>
        <source>The channel/uid CRC-32 is not signed</source>
        <translation>频道/uid 的 CRC-32 未被签名</translation>
    </message>
    <message>
        <source>{count} bytes follow the token&apos;s compressed body; the signature does not cover them and Agora&apos;s builders never write them, so the token was changed after it was made.</source>
        <translation>Token 的压缩正文之后还有 {count} 个字节；签名不覆盖它们，声网的生成器也从不写入它们，因此 Token 在生成后被改动过。</translation>
    </message>
    <message>
        <source>Use the token exactly as the token server built it.</source>
        <translation>按 Token 服务器生成的原样使用 Token。</translation>
    </message>
    <message>
        <source>{count} bytes follow the last service inside the token; they are signed but no service layout explains them, and Agora&apos;s builders never write them.</source>
        <translation>Token 内最后一个服务之后还有 {count} 个字节；它们已被签名，但没有任何服务结构能解释它们，声网的生成器也从不写入它们。</translation>
    </message>
    <message>
        <source>Build the token again with an Agora builder.</source>
        <translation>使用声网的生成器重新生成 Token。</translation>
    </message>
    <message>
        <source>The token holds the {service} service ({type}) {count} times; Agora&apos;s server parser keeps only the last one ({kept}), so the earlier ones grant nothing.</source>
        <translation>Token 中 {service} 服务（{type}）出现了 {count} 次；声网服务器的解析器只保留最后一个（{kept}），因此前面的那些不授予任何权限。</translation>
    </message>
    <message>
        <source>The token holds the {service} service ({type}) {count} times; Agora&apos;s server parser keeps only the last one, so the earlier ones grant nothing.</source>
        <translation>Token 中 {service} 服务（{type}）出现了 {count} 次；声网服务器的解析器只保留最后一个，因此前面的那些不授予任何权限。</translation>
    </message>
    <message>
        <source>Build the token with each service once.</source>
        <translation>生成 Token 时每个服务只包含一次。</translation>
    </message>
    <message>
        <source>Service type {type} is not one this tool knows; it and the {count} bytes after it could not be read, so their privileges were not checked.</source>
        <translation>本工具不认识服务类型 {type}；它及其后的 {count} 个字节无法读取，因此未检查其中的权限。</translation>
    </message>
    <message>
        <source>Check that the token was built by a current Agora builder for a known product.</source>
        <translation>检查 Token 是否由当前的声网生成器为已知产品生成。</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>channel name and uid</source>
        <translation>频道名和 uid</translation>
    </message>
    <message>
        <source>The signature is valid for the {what} given here, but the token&apos;s CRC-32 of the {what} is another&apos;s: the CRC-32s are not covered by the signature, so the token was changed after it was signed.</source>
        <translation>对此处所填的{what}而言签名有效，但 Token 中{what}的 CRC-32 属于别的值：CRC-32 不在签名范围内，因此 Token 在签名后被改动过。</translation>
    </message>
    <message>
        <source>Use the token exactly as the token server built it, or build a new one.</source>
        <translation>按 Token 服务器生成的原样使用 Token，或生成新的 Token。</translation>
    </message>
</context>
</TS>
